package org.claimdesk.publishing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.claimdesk.publishing.ClaimReviewJson;
import org.claimdesk.publishing.ClaimReviewService;
import org.claimdesk.publishing.ReviewFacts;
import org.claimdesk.shared.UserFacingException;
import org.claimdesk.ui.Notices;

/**
 * On the claim page under a published verdict: copy or download its schema.org ClaimReview, with a
 * warning where aggregators would show less than the desk wrote.
 */
public class ClaimReviewPanel extends Div {

  private final ClaimReviewService reviews;

  public ClaimReviewPanel(ClaimReviewService reviews) {
    this.reviews = reviews;
    setId("claimreview");
    addClassName("claimreview-panel");
  }

  /** Shows the buttons when the claim has a verdict in force, and nothing otherwise. */
  public void show(long claimId) {
    removeAll();
    Optional<ReviewFacts> facts = reviews.factsForClaim(claimId);
    setVisible(facts.isPresent());
    if (facts.isEmpty()) {
      return;
    }
    String json;
    try {
      json = ClaimReviewJson.write(reviews.forClaim(claimId).orElseThrow());
    } catch (UserFacingException e) {
      Paragraph problem = new Paragraph("ClaimReview: " + e.getMessage());
      problem.setId("claimreview-problem");
      add(problem);
      return;
    }
    Button copy = new Button("Copy ClaimReview");
    copy.setId("copy-claimreview");
    copy.addThemeVariants(ButtonVariant.LUMO_SMALL);
    copy.addClickListener(
        e -> {
          copy.getElement().executeJs("return navigator.clipboard.writeText($0)", json);
          Notices.success("ClaimReview copied.");
        });
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    Anchor download =
        new Anchor(
            DownloadHandler.fromInputStream(
                event ->
                    new DownloadResponse(
                        new ByteArrayInputStream(bytes),
                        "claimreview-" + claimId + ".json",
                        "application/ld+json",
                        bytes.length)),
            "Download");
    download.setId("download-claimreview");
    download.getElement().setAttribute("download", true);
    add(new HorizontalLayout(copy, download));
    ReviewFacts f = facts.get();
    if (f.statement().length() > ClaimReviewJson.CLAIM_REVIEWED_RECOMMENDED_MAX) {
      Paragraph warning =
          new Paragraph(
              "The statement has "
                  + f.statement().length()
                  + " characters: search engines show about "
                  + ClaimReviewJson.CLAIM_REVIEWED_RECOMMENDED_MAX
                  + " of claimReviewed. Consider a shorter statement.");
      warning.setId("claimreview-length-warning");
      warning.addClassName("claimreview-warning");
      add(warning);
    }
    if (f.reviewUrl() == null) {
      Paragraph warning =
          new Paragraph(
              "No address of the published fact-check was given at publish: the ClaimReview has"
                  + " no url, which aggregators require.");
      warning.setId("claimreview-url-warning");
      warning.addClassName("claimreview-warning");
      add(warning);
    }
  }
}
