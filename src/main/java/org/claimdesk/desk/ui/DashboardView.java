package org.claimdesk.desk.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.EnumSet;
import java.util.List;
import org.claimdesk.claims.ClaimFilter;
import org.claimdesk.claims.ClaimService;
import org.claimdesk.claims.ClaimStatus;
import org.claimdesk.claims.ClaimSummary;
import org.claimdesk.documents.DocumentService;
import org.claimdesk.documents.DocumentSummary;
import org.claimdesk.followups.FollowUpService;
import org.claimdesk.followups.FollowUpSummary;
import org.claimdesk.shared.CurrentUser;
import org.claimdesk.ui.DeskFormat;
import org.claimdesk.users.UserService;
import org.claimdesk.verdicts.RatingDefinitions;
import org.claimdesk.verdicts.RatingScale;
import org.claimdesk.verdicts.VerdictService;
import org.claimdesk.verdicts.VerdictSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * The start page: claims seen again after a published verdict first, then my open work, verdicts
 * awaiting approval, overdue follow-ups, recent documents.
 */
@Route("")
@PageTitle("Dashboard · ClaimDesk")
@Menu(title = "Dashboard", order = 1)
@PermitAll
public class DashboardView extends VerticalLayout {

  /** How many rows a card shows; the pages behind the cards list the rest. */
  static final int CARD_LIMIT = 20;

  private static final EnumSet<ClaimStatus> OPEN_WORK =
      EnumSet.of(
          ClaimStatus.ASSIGNED,
          ClaimStatus.IN_REVIEW,
          ClaimStatus.VERDICT_PROPOSED,
          ClaimStatus.APPROVED,
          ClaimStatus.REOPENED);

  public DashboardView(
      ClaimService claims,
      DocumentService documents,
      FollowUpService followUps,
      VerdictService verdicts,
      UserService users,
      RatingScale ratings) {
    DisplayNames names = new DisplayNames(users);
    RatingDefinitions scale = ratings.current();
    addClassName("dashboard-view");
    add(new H2("Dashboard"));
    FlexLayout cards = new FlexLayout();
    cards.addClassName("dashboard-cards");
    cards.setFlexWrap(FlexLayout.FlexWrap.WRAP);
    add(cards);

    cards.add(seenAgain(claims, documents, scale));

    String me = CurrentUser.require();
    List<ClaimSummary> mine =
        claims
            .queue(
                new ClaimFilter(OPEN_WORK, null, me, null, null, null, null, null, null),
                PageRequest.of(0, 20, Sort.by(Sort.Order.asc("dueDate"), Sort.Order.desc("id"))))
            .getContent();
    cards.add(
        card(
            "my-work",
            "My open work",
            mine.stream()
                .map(
                    c ->
                        link(
                            "claims/" + c.id(),
                            c.statement(),
                            c.status().label()
                                + (c.dueDate() == null
                                    ? ""
                                    : ", due " + DeskFormat.due(c.dueDate()))))
                .toList(),
            "Nothing is assigned to you."));

    List<VerdictSummary> awaiting = verdicts.awaitingApproval(CARD_LIMIT);
    cards.add(
        card(
            "awaiting-approval",
            "Verdicts awaiting approval",
            awaiting.stream()
                .map(
                    v ->
                        link(
                            "claims/" + v.claimId(),
                            // The claim itself, so that the approver knows what is checked.
                            claims
                                .find(v.claimId())
                                .map(ClaimSummary::statement)
                                .orElse("Claim #" + v.claimId()),
                            scale.label(v.rating())
                                + ": "
                                + v.summary()
                                + " · by "
                                + names.of(v.author())
                                + (v.author().equalsIgnoreCase(me)
                                    ? " (yours: another editor approves)"
                                    : "")))
                .toList(),
            "No verdict is waiting."));

    List<FollowUpSummary> overdue = followUps.overdue(PageRequest.of(0, CARD_LIMIT)).getContent();
    cards.add(
        card(
            "overdue-follow-ups",
            "Overdue follow-ups",
            overdue.stream()
                .map(
                    f ->
                        link(
                            "claims/" + f.claimId(),
                            f.watchFor(),
                            "due " + DeskFormat.date(f.dueDate())))
                .toList(),
            "Nothing overdue."));

    List<DocumentSummary> recent = documents.recent(10);
    cards.add(
        card(
            "recent-documents",
            "Recent documents",
            recent.stream()
                .map(
                    d ->
                        link(
                            "documents/" + d.id(),
                            d.title(),
                            (d.outlet() == null ? "" : d.outlet() + ", ")
                                + "added by "
                                + names.of(d.ingestedBy())))
                .toList(),
            "No documents yet. Editors add them on the Documents page."));
    cards.add(org.claimdesk.audit.ui.AuditStatusCard.create());
  }

  /**
   * The most urgent work of a claim-tracking desk first: claims with a published verdict that
   * turned up again since, newest appearance first, each with its rating and where it was seen.
   */
  private static Component seenAgain(
      ClaimService claims, DocumentService documents, RatingDefinitions scale) {
    List<ClaimSummary> resurfaced =
        claims
            .queue(
                ClaimFilter.all().withResurfaced(true),
                PageRequest.of(
                    0, CARD_LIMIT, Sort.by(Sort.Order.desc("seenAgainAt"), Sort.Order.desc("id"))))
            .getContent();
    Div card =
        card(
            "seen-again",
            "Seen again after a published verdict",
            resurfaced.stream()
                .map(
                    c ->
                        link(
                            "claims/" + c.id(),
                            c.statement(),
                            (c.currentRating() == null
                                    ? "Published"
                                    : "Rated " + scale.label(c.currentRating()))
                                + " · seen again "
                                + DeskFormat.dateTime(c.seenAgainAt())
                                + " in "
                                + where(documents, c.lastSeenDocumentId())))
                .toList(),
            "No claim with a published verdict has been seen again.");
    card.addClassName("seen-again");
    if (!resurfaced.isEmpty()) {
      card.addClassName("seen-again-found");
      Anchor all = new Anchor("claims?resurfaced=true", "All claims seen again");
      all.setId("seen-again-all");
      all.getElement().setAttribute("router-link", true);
      card.add(all);
    }
    return card;
  }

  private static String where(DocumentService documents, @Nullable Long documentId) {
    if (documentId == null) {
      return "a document";
    }
    return documents
        .find(documentId)
        .map(d -> "'" + d.title() + "'" + (d.outlet() == null ? "" : " (" + d.outlet() + ")"))
        .orElse("document #" + documentId);
  }

  private static Div card(String id, String title, List<ListItem> items, String empty) {
    Div card = new Div();
    card.setId(id);
    card.addClassName("dashboard-card");
    card.add(new H3(title));
    if (items.isEmpty()) {
      card.add(new Paragraph(empty));
    } else {
      card.add(new UnorderedList(items.toArray(ListItem[]::new)));
    }
    return card;
  }

  private static ListItem link(String path, String text, String detail) {
    Span small = new Span(detail);
    small.addClassName("detail");
    Anchor anchor = new Anchor(path, text);
    anchor.getElement().setAttribute("router-link", true);
    return new ListItem(anchor, new Span(" "), small);
  }
}
