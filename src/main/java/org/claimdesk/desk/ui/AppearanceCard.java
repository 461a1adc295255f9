package org.claimdesk.desk.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Locale;
import org.claimdesk.claims.ClaimItemView;
import org.claimdesk.claims.ClaimStatus;
import org.claimdesk.documents.DocumentSummary;
import org.claimdesk.ui.DeskFormat;
import org.claimdesk.ui.WebLink;
import org.jspecify.annotations.Nullable;

/** One appearance of the claim: its document, the sentence with the item marked, and analysis. */
final class AppearanceCard {

  private AppearanceCard() {}

  static Div of(ClaimItemView item, @Nullable DocumentSummary document) {
    Div card =
        of(
            item,
            document == null ? "Document #" + item.documentId() : document.title(),
            document == null ? null : document.url());
    if (document != null && document.withdrawn()) {
      Div note = new Div();
      note.setId("appearance-withdrawn-" + item.id());
      note.addClassName("withdrawn-note");
      note.setText(
          "This document was withdrawn on "
              + DeskFormat.dateTime(document.withdrawnAt())
              + ": "
              + document.withdrawnReason()
              + (item.claimStatus() == ClaimStatus.DISMISSED
                  ? "."
                  : ". The claim stays: it was already worked on, or seen elsewhere."));
      card.addComponentAtIndex(1, note);
    }
    return card;
  }

  static Div of(ClaimItemView item, String documentTitle, @Nullable String documentUrl) {
    Div card = new Div();
    card.setId("appearance-" + item.id());
    card.addClassName("appearance");
    Anchor document = new Anchor("documents/" + item.documentId(), documentTitle);
    document.addClassName("appearance-document");
    card.add(document);
    WebLink.of(documentUrl)
        .ifPresent(
            link -> {
              link.setId("appearance-url-" + item.id());
              card.add(link);
            });
    card.add(Highlight.inSentence(item.sentence(), item.text()));

    Div facts = new Div();
    facts.addClassName("claim-facts");
    facts.add(
        ClaimView.fact("Speaker", "appearance-speaker-" + item.id(), speaker(item)),
        ClaimView.fact("Cue", "appearance-cue-" + item.id(), orDash(item.cue())),
        ClaimView.fact(
            "Attribution",
            "appearance-attribution-" + item.id(),
            item.attribution() == null
                ? "-"
                : item.attribution().name().toLowerCase(Locale.ROOT).replace('_', ' ')),
        ClaimView.fact(
            "Score",
            "appearance-score-" + item.id(),
            String.format(Locale.ROOT, "%.2f", item.score())
                + (item.checkworthy() ? " (check-worthy)" : "")));
    card.add(facts);
    if (!item.reasons().isEmpty()) {
      UnorderedList reasons = new UnorderedList();
      reasons.addClassName("appearance-reasons");
      item.reasons().forEach(r -> reasons.add(new ListItem(r)));
      card.add(reasons);
    }
    if (item.followUpDate() != null || item.followUpReason() != null) {
      Div hint = new Div();
      hint.setId("appearance-hint-" + item.id());
      hint.addClassName("appearance-hint");
      hint.setText(
          "Follow-up hint: "
              + (item.followUpDate() == null ? "" : DeskFormat.date(item.followUpDate()) + " ")
              + (item.followUpReason() == null ? "" : item.followUpReason()));
      card.add(hint);
    }
    if (!item.times().isEmpty()) {
      Div times = new Div();
      times.addClassName("appearance-times");
      times.setText("Times: " + String.join("; ", item.times()));
      card.add(times);
    }
    return card;
  }

  private static String speaker(ClaimItemView item) {
    return SpeakerWording.of(
        item.speakerName(), item.speakerRole(), item.speakerMention(), item.speakerKind());
  }

  private static String orDash(String value) {
    return value == null || value.isBlank() ? "-" : value;
  }
}
