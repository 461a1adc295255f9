package org.claimdesk.matching.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.List;
import java.util.Locale;
import org.claimdesk.matching.ClaimMatch;
import org.claimdesk.matching.MatchSuggestionView;
import org.claimdesk.matching.MatchingService;
import org.claimdesk.matching.SuggestionState;
import org.claimdesk.shared.CurrentUser;
import org.claimdesk.shared.UserFacingException;
import org.claimdesk.users.Role;

/**
 * The claim page's matching section: "seen before" with the desk's verdict, the open suggestions
 * "same as claim #N?" with confirm and reject for editors, and "find similar claims" on demand.
 * Text is set as text, never as HTML.
 */
public class SimilarClaimsPanel extends Div {
  private final MatchingService matching;
  private final Runnable changed;
  private final Div found = new Div();

  public SimilarClaimsPanel(MatchingService matching, Runnable changed) {
    this.matching = matching;
    this.changed = changed;
    setId("similar-claims");
    addClassName("claim-section");
  }

  /** Redraws the section for one claim. */
  public void show(long claimId) {
    removeAll();
    found.removeAll();
    matching
        .seenBefore(claimId)
        .ifPresent(
            line -> {
              Paragraph seen = new Paragraph(line);
              seen.setId("seen-before");
              seen.addClassName("seen-before");
              add(seen);
            });
    boolean editor = CurrentUser.hasRole(Role.EDITOR.name());
    for (MatchSuggestionView s : matching.suggestionsFor(claimId)) {
      if (s.state() != SuggestionState.OFFERED) {
        continue;
      }
      Div card = new Div();
      card.addClassName("match-suggestion");
      card.add(
          new Span("Same as "),
          new Anchor("claims/" + s.claimId(), "claim #" + s.claimId()),
          new Span("? "),
          new Paragraph(s.why()));
      if (editor) {
        Button confirm = new Button("Confirm: same claim", e -> decide(s.id(), true));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setId("confirm-suggestion-" + s.id());
        Button reject = new Button("Reject: different claim", e -> decide(s.id(), false));
        reject.setId("reject-suggestion-" + s.id());
        card.add(confirm, reject);
      }
      add(card);
    }
    Button find = new Button("Find similar claims", e -> findSimilar(claimId));
    find.setId("find-similar");
    found.setId("similar-results");
    add(find, found);
  }

  private void decide(long suggestionId, boolean same) {
    try {
      if (same) {
        matching.confirm(suggestionId);
      } else {
        matching.reject(suggestionId);
      }
      Notification.show(same ? "Recorded as an appearance of the earlier claim." : "Rejected.")
          .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
      changed.run();
    } catch (UserFacingException ex) {
      Notification.show(ex.getMessage()).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
  }

  private void findSimilar(long claimId) {
    found.removeAll();
    List<ClaimMatch> matches = matching.matchesOf(claimId);
    if (matches.isEmpty()) {
      found.add(new Paragraph("No similar claims found."));
      return;
    }
    for (ClaimMatch m : matches) {
      Div row = new Div();
      row.addClassName("similar-claim");
      row.add(
          new Anchor("claims/" + m.claimId(), "#" + m.claimId() + " " + m.statement()),
          new Span(
              String.format(
                  Locale.ROOT, " (similarity %.2f, %s)", m.similarity(), m.status().label())),
          new Paragraph(m.why()));
      found.add(row);
    }
  }
}
