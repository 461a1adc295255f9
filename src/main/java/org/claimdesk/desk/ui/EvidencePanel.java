package org.claimdesk.desk.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.claimdesk.claims.ClaimSummary;
import org.claimdesk.evidence.EvidenceService;
import org.claimdesk.evidence.EvidenceSummary;
import org.claimdesk.evidence.SourceDraft;
import org.claimdesk.evidence.SourceKind;
import org.claimdesk.evidence.SourceSummary;
import org.claimdesk.evidence.Stance;
import org.claimdesk.ui.DeskFormat;
import org.claimdesk.ui.Limited;
import org.claimdesk.ui.Notices;
import org.jspecify.annotations.Nullable;

/**
 * The claim's evidence, and the form that adds a piece: pick a source (the document's wire credits
 * first, or search) or describe a new one, then attach it with a stance and an excerpt.
 */
final class EvidencePanel extends Div {

  private final EvidenceService evidence;
  private final DisplayNames names;
  private final Runnable changed;

  private @Nullable ClaimSummary claim;
  private List<String> wireCredits = List.of();

  // The add-evidence form; built anew each time it opens.
  private @Nullable SourceSummary selected;
  private final Span selectedLabel = new Span();
  private final Div results = new Div();
  private final Select<SourceKind> kind = new Select<>();
  private TextField publisher = Limited.field("source-publisher", "Publisher", 300);
  private TextField title = Limited.field("source-title", "Title", 500);
  private TextField url = Limited.url("source-url", "Web address");
  private DatePicker published = DeskFormat.datePicker(new DatePicker("Published"));
  private TextField archived = Limited.url("source-archived-url", "Archived copy");
  private TextArea notes = Limited.area("source-notes", "Notes", 4000);

  EvidencePanel(EvidenceService evidence, DisplayNames names, Runnable changed) {
    this.evidence = evidence;
    this.names = names;
    this.changed = changed;
    setId("evidence");
    addClassName("claim-section");
  }

  void show(ClaimSummary claim, @Nullable String credits) {
    this.claim = claim;
    this.wireCredits = splitCredits(credits);
    removeAll();
    List<EvidenceSummary> items = evidence.forClaim(claim.id());
    if (items.isEmpty()) {
      add(new Paragraph("No evidence yet."));
    }
    items.forEach(item -> add(card(item)));
    if (ClaimWork.canWorkOn(claim)) {
      Button add = new Button("Add evidence", e -> openForm());
      add.setId("add-evidence");
      add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      add(add);
    }
  }

  /** Wire credits as stored on a document: separated by commas or new lines. */
  static List<String> splitCredits(@Nullable String credits) {
    if (credits == null) {
      return List.of();
    }
    return Arrays.stream(credits.split("[,\\n]"))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .distinct()
        .toList();
  }

  private Div card(EvidenceSummary item) {
    Div card = new Div();
    card.setId("evidence-" + item.id());
    card.addClassName("evidence");
    card.addClassName("stance-" + item.stance().name().toLowerCase(Locale.ROOT));
    Span stance = new Span(stanceLabel(item.stance()));
    stance.addClassName("evidence-stance");
    SourceSummary s = item.source();
    Span source =
        new Span(
            s.title()
                + (s.publisher() == null ? "" : " · " + s.publisher())
                + " ("
                + kindLabel(s.kind())
                + (s.publishedDate() == null ? "" : ", " + DeskFormat.date(s.publishedDate()))
                + ")");
    source.addClassName("evidence-source");
    card.add(new Div(stance, source));
    if (s.url() != null) {
      Anchor link = new Anchor(s.url(), s.url(), AnchorTarget.BLANK);
      link.getElement().setAttribute("rel", "noopener noreferrer");
      card.add(new Div(link));
    }
    if (s.archivedUrl() != null) {
      Anchor link = new Anchor(s.archivedUrl(), "Archived copy", AnchorTarget.BLANK);
      link.getElement().setAttribute("rel", "noopener noreferrer");
      card.add(new Div(link));
    }
    if (item.excerpt() != null) {
      Paragraph excerpt = new Paragraph(item.excerpt());
      excerpt.addClassName("evidence-excerpt");
      card.add(excerpt);
    }
    if (item.note() != null) {
      Paragraph note = new Paragraph("Note: " + item.note());
      note.addClassName("evidence-note");
      card.add(note);
    }
    Span by = new Span("Added by " + names.of(item.addedBy()));
    by.addClassName("evidence-by");
    card.add(by);
    return card;
  }

  static String stanceLabel(Stance stance) {
    return switch (stance) {
      case SUPPORTS -> "Supports";
      case REFUTES -> "Refutes";
      case CONTEXT -> "Context";
    };
  }

  static String kindLabel(SourceKind kind) {
    String words = kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  private void openForm() {
    ClaimSummary c = claim;
    if (c == null) {
      return;
    }
    selected = null;
    Dialog dialog = new Dialog();
    dialog.setId("add-evidence-dialog");
    dialog.setHeaderTitle("Add evidence");
    dialog.setWidth("72rem");
    dialog.setMaxWidth("96vw");

    // 1. A source: the wire credits first, then search, or a new one.
    Div suggestions = new Div();
    suggestions.setId("wire-credits");
    suggestions.addClassName("wire-credits");
    for (int i = 0; i < wireCredits.size(); i++) {
      String credit = wireCredits.get(i);
      Button use = new Button(credit + " (wire credit)", e -> useWireCredit(credit));
      use.setId("wire-credit-" + i);
      use.addThemeVariants(ButtonVariant.LUMO_SMALL);
      suggestions.add(use);
    }
    TextField search = new TextField("Find a source");
    search.setId("source-search");
    search.setPlaceholder("Publisher, title or web address");
    search.setWidthFull();
    search.setClearButtonVisible(true);
    search.setValueChangeMode(ValueChangeMode.LAZY);
    search.addValueChangeListener(e -> searchSources(e.getValue()));
    results.removeAll();
    results.setId("source-results");
    results.addClassName("source-results");
    selectedLabel.setId("selected-source");
    selectedLabel.setText("No source picked yet.");

    kind.setLabel("Kind");
    kind.setId("source-kind");
    kind.setItems(SourceKind.values());
    kind.setItemLabelGenerator(EvidencePanel::kindLabel);
    kind.setValue(SourceKind.NEWS_REPORT);
    publisher = Limited.field("source-publisher", "Publisher", 300);
    title = Limited.field("source-title", "Title", 500);
    url = Limited.url("source-url", "Web address");
    published = DeskFormat.datePicker(new DatePicker("Published"));
    published.setId("source-published");
    archived = Limited.url("source-archived-url", "Archived copy");
    notes = Limited.area("source-notes", "Notes", 4000);
    Button create = new Button("Create this source", e -> createSource(true));
    create.setId("create-source");
    Div newSource =
        new Div(
            new H4("Or a new source"),
            pair(kind, published),
            pair(publisher, title),
            pair(url, archived),
            notes,
            create);
    newSource.addClassName("new-source");

    // 2. How it bears on the claim.
    RadioButtonGroup<Stance> stance = new RadioButtonGroup<>("Stance");
    stance.setId("evidence-stance");
    stance.setItems(Stance.values());
    stance.setItemLabelGenerator(EvidencePanel::stanceLabel);
    stance.setValue(Stance.CONTEXT);
    TextArea excerpt = Limited.area("evidence-excerpt", "Excerpt", 4000);
    TextArea note = Limited.area("evidence-note", "Note", 4000);

    Button attach =
        WriteButton.of(
            "Attach to the claim",
            () -> {
              if (attach(c.id(), stance.getValue(), excerpt.getValue(), note.getValue())) {
                dialog.close();
              }
            });
    attach.setId("attach-evidence");
    attach.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    Button cancel = new Button("Cancel", e -> dialog.close());

    // Side by side, so that the whole form fits on a laptop screen without scrolling.
    Div sourceColumn = new Div(new H4("Source"), suggestions, search, results, picked(), newSource);
    Div evidenceColumn = new Div(new H4("Evidence"), stance, excerpt, note);
    Div columns = new Div(sourceColumn, evidenceColumn);
    columns.addClassName("evidence-form");
    dialog.add(columns);
    dialog.getFooter().add(cancel, attach);
    dialog.open();
    if (wireCredits.isEmpty()) {
      search.focus();
    }
  }

  private static HorizontalLayout pair(Component first, Component second) {
    HorizontalLayout row = new HorizontalLayout(first, second);
    row.setWidthFull();
    row.setFlexGrow(1, first, second);
    return row;
  }

  private Div picked() {
    Div picked = new Div(new Span("Picked: "), selectedLabel);
    picked.addClassName("picked-source");
    return picked;
  }

  /** Reuses the wire service's source if the desk has one, else fills in a new one. */
  void useWireCredit(String credit) {
    Optional<SourceSummary> existing =
        evidence.findSources(credit, 20).stream()
            .filter(s -> s.publisher() != null && s.publisher().equalsIgnoreCase(credit))
            .findFirst();
    if (existing.isPresent()) {
      pick(existing.get());
      return;
    }
    kind.setValue(SourceKind.WIRE_SERVICE);
    publisher.setValue(credit);
    // The agency is the publisher; the title is the wire story's own headline, typed in.
    title.clear();
    title.setPlaceholder("Headline of the " + credit + " story");
    selected = null;
    selectedLabel.setText(
        "a new wire service source '"
            + credit
            + "', filled in below: give the story's headline as its title; it is created when you"
            + " attach it.");
    title.focus();
  }

  private void searchSources(String query) {
    results.removeAll();
    if (query == null || query.isBlank()) {
      return;
    }
    List<SourceSummary> found = evidence.findSources(query, 10);
    if (found.isEmpty()) {
      results.add(new Paragraph("No source matches. Describe a new one below."));
    }
    for (SourceSummary s : found) {
      Button use = new Button(describe(s), e -> pick(s));
      use.setId("use-source-" + s.id());
      use.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
      results.add(new Div(use));
    }
  }

  private static String describe(SourceSummary s) {
    return s.title()
        + (s.publisher() == null ? "" : " · " + s.publisher())
        + (s.url() == null ? "" : " · " + s.url())
        + " ("
        + kindLabel(s.kind())
        + ")";
  }

  private void pick(SourceSummary source) {
    selected = source;
    selectedLabel.setText(describe(source));
  }

  private boolean createSource(boolean announce) {
    SourceDraft draft =
        new SourceDraft(
            kind.getValue() == null ? SourceKind.OTHER : kind.getValue(),
            title.getValue(),
            publisher.getValue(),
            url.getValue(),
            published.getValue(),
            archived.getValue(),
            notes.getValue());
    return Notices.attempt(
        () -> {
          pick(evidence.createSource(draft));
          if (announce) {
            Notices.success("Source created; attach it with the button below.");
          }
        });
  }

  private boolean attach(long claimId, Stance stance, String excerpt, String note) {
    if (selected == null && !title.getValue().isBlank() && !createSource(false)) {
      return false;
    }
    SourceSummary source = selected;
    if (source == null) {
      Notices.error("Pick a source (a wire credit or a search result) or describe a new one.");
      return false;
    }
    boolean done =
        Notices.attempt(
            () ->
                evidence.attach(
                    claimId, source.id(), stance == null ? Stance.CONTEXT : stance, excerpt, note));
    if (done) {
      Notices.success("Evidence attached.");
      changed.run();
    }
    return done;
  }
}
