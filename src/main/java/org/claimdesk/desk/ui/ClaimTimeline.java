package org.claimdesk.desk.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.claimdesk.audit.HistoryEntry;
import org.claimdesk.claims.ClaimItemView;
import org.claimdesk.claims.ClaimSummary;
import org.claimdesk.documents.DocumentSummary;
import org.claimdesk.ui.DeskFormat;
import org.jspecify.annotations.Nullable;

/**
 * A claim's life in date order: each time the desk saw it in a document (date, outlet, speaker,
 * document) together with its verdicts and corrections (proposed, approved or returned, published,
 * retracted, with rating and who). An appearance after the published verdict is marked "seen
 * again", the case a claim-tracking desk looks for first.
 */
final class ClaimTimeline extends Div {

  private record Event(Instant at, int order, ListItem line) {}

  ClaimTimeline() {
    setId("timeline");
    addClassName("claim-section");
  }

  void show(
      ClaimSummary claim,
      List<ClaimItemView> items,
      Map<Long, Optional<DocumentSummary>> documents,
      List<HistoryEntry> verdicts) {
    removeAll();
    List<Event> events = new ArrayList<>();
    int order = 0;
    for (ClaimItemView item : items) {
      DocumentSummary document =
          documents.getOrDefault(item.documentId(), Optional.empty()).orElse(null);
      Instant at =
          item.seenAt() != null
              ? item.seenAt()
              : document != null ? document.ingestedAt() : claim.createdAt();
      boolean again = claim.verdictPublishedAt() != null && at.isAfter(claim.verdictPublishedAt());
      events.add(new Event(at, order++, appearance(item, document, at, again)));
    }
    for (HistoryEntry entry : verdicts) {
      events.add(new Event(entry.at(), order++, verdict(entry)));
    }
    if (events.isEmpty()) {
      add(new Paragraph("Entered by hand: not seen in a document yet, and no verdict so far."));
      return;
    }
    events.sort(Comparator.comparing(Event::at).thenComparingInt(Event::order));
    OrderedList list = new OrderedList();
    list.addClassName("timeline-list");
    events.forEach(e -> list.add(e.line()));
    add(list);
  }

  private static ListItem appearance(
      ClaimItemView item, @Nullable DocumentSummary document, Instant at, boolean again) {
    ListItem line = new ListItem();
    line.setId("timeline-appearance-" + item.id());
    line.addClassNames("timeline-entry", "timeline-appearance");
    line.add(when(at), kind(again ? "Seen again" : "Seen"));
    Span what = new Span();
    what.addClassName("timeline-what");
    what.add(new Span("in "));
    Anchor link =
        new Anchor(
            "documents/" + item.documentId(),
            document == null ? "Document #" + item.documentId() : document.title());
    link.getElement().setAttribute("router-link", true);
    what.add(link);
    List<String> facts = new ArrayList<>();
    if (document != null && document.outlet() != null) {
      facts.add(document.outlet());
    }
    if (document != null && document.publishedDate() != null) {
      facts.add("published " + DeskFormat.date(document.publishedDate()));
    }
    facts.add(
        "speaker: "
            + SpeakerWording.of(
                item.speakerName(), item.speakerRole(), item.speakerMention(), item.speakerKind()));
    if (document != null && document.withdrawn()) {
      facts.add("withdrawn");
    }
    what.add(new Span(" · " + String.join(" · ", facts)));
    line.add(what);
    if (again) {
      line.addClassName("seen-again");
      Span note = new Span("after the verdict was published");
      note.addClassName("timeline-note");
      line.add(note);
    }
    return line;
  }

  private static ListItem verdict(HistoryEntry entry) {
    ListItem line = new ListItem();
    line.addClassNames("timeline-entry", "timeline-verdict");
    line.add(
        when(entry.at()), kind(entry.what().contains("correction") ? "Correction" : "Verdict"));
    Span what = new Span(entry.who() + " " + entry.what());
    what.addClassName("timeline-what");
    line.add(what);
    return line;
  }

  private static Span when(Instant at) {
    Span when = new Span(DeskFormat.dateTime(at));
    when.addClassName("timeline-when");
    return when;
  }

  private static Span kind(String text) {
    Span kind = new Span(text);
    kind.addClassName("timeline-kind");
    return kind;
  }
}
