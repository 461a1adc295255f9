package org.claimdesk.desk.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.claimdesk.claims.BulkResult;
import org.claimdesk.claims.ClaimItemView;
import org.claimdesk.claims.ClaimService;
import org.claimdesk.claims.ClaimStatus;
import org.claimdesk.claims.ClaimSummary;
import org.claimdesk.documents.DocumentService;
import org.claimdesk.documents.DocumentSummary;
import org.claimdesk.nlp.ReadableText;
import org.claimdesk.shared.CurrentUser;
import org.claimdesk.ui.DeskFormat;
import org.claimdesk.ui.Notices;
import org.claimdesk.ui.WebLink;
import org.claimdesk.users.Roles;
import org.claimdesk.users.UserService;
import org.jspecify.annotations.Nullable;

/**
 * A document as received, with each claim item highlighted by check-worthiness and marked by
 * status, and the triage an editor does item by item: accept, dismiss, edit, merge, split. The
 * keyboard does the rounds: J/K or the arrow keys move between items, A accepts, D dismisses.
 */
@Route("documents/:id")
@PermitAll
public class DocumentReaderView extends VerticalLayout
    implements BeforeEnterObserver, HasDynamicTitle {

  private final DocumentService documents;
  private final ClaimService claims;
  private final DisplayNames names;
  private final boolean editor = CurrentUser.hasRole(Roles.EDITOR);

  private final H2 title = new H2();
  private final Paragraph meta = new Paragraph();
  final Div withdrawnNote = new Div();
  final Button withdraw = new Button("Withdraw document…");
  final Button showOriginal = new Button("Show the original HTML");
  final Select<ItemFilter> show = new Select<>();
  final Button selectAll = new Button("Select all");
  final Button selectShown = new Button("Select all shown");
  private boolean showingOriginal;
  private @Nullable DocumentSummary document;
  final Div text = new Div();
  final Grid<ClaimItemView> items = new Grid<>(ClaimItemView.class, false);
  final Div details = new Div();
  private List<ClaimItemView> itemList = List.of();
  private @Nullable ClaimItemView selected;
  private long documentId;
  private String pageTitle = "Document · ClaimDesk";

  public DocumentReaderView(DocumentService documents, ClaimService claims, UserService users) {
    this.documents = documents;
    this.claims = claims;
    this.names = new DisplayNames(users);
    addClassName("reader-view");
    setSizeFull();
    text.setId("document-text-view");
    text.addClassName("document-text");
    text.getElement().setAttribute("tabindex", "0");
    details.setId("item-details");
    details.addClassName("item-details");
    configureGrid();

    items.setHeight("55%");
    items.addClassName("dense-grid");
    meta.addClassName("reader-meta");
    items.setMinHeight("12rem");
    // The details scroll in what the list leaves: long details no longer squeeze the list down
    // to two rows at 1400x900.
    details.getStyle().set("overflow", "auto").set("flex", "1 1 0").set("min-height", "8rem");
    items.getStyle().set("flex-shrink", "0");
    VerticalLayout right = new VerticalLayout(bulkBar(), items, keyboardHelp(), details);
    right.setPadding(false);
    right.setSizeFull();
    right.setFlexGrow(1, details);
    SplitLayout split = new SplitLayout(text, right);
    split.setSizeFull();
    // The list and its bar need a little more than half; the text reads well at 60-70 characters.
    split.setSplitterPosition(45);
    withdrawnNote.setId("withdrawn-note");
    withdrawnNote.addClassName("withdrawn-note");
    withdrawnNote.getElement().setAttribute("role", "status");
    withdrawnNote.setVisible(false);
    withdraw.setId("withdraw-document");
    withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
    withdraw.addClickListener(click -> openWithdrawal());
    withdraw.setVisible(false);
    showOriginal.setId("show-original");
    showOriginal.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    showOriginal.addClickListener(click -> toggleOriginal());
    showOriginal.setVisible(false);
    HorizontalLayout heading = new HorizontalLayout(title, showOriginal, withdraw);
    heading.setAlignItems(Alignment.BASELINE);
    heading.setWidthFull();
    heading.setWrap(true);
    heading.expand(title);
    add(heading, meta, withdrawnNote, split);
    setFlexGrow(1, split);
    registerShortcuts(split);
  }

  @Override
  public String getPageTitle() {
    return pageTitle;
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    Optional<Long> id = event.getRouteParameters().get("id").flatMap(DocumentReaderView::parseId);
    Optional<DocumentSummary> document = id.flatMap(documents::find);
    if (document.isEmpty()) {
      title.setText("This document does not exist");
      meta.setText("It may have been removed, or the address is mistyped.");
      text.removeAll();
      items.setItems(List.of());
      return;
    }
    DocumentSummary d = document.get();
    show(d);
    reload(null);
  }

  /** The document's heading, its address and, once withdrawn, who withdrew it, when and why. */
  private void show(DocumentSummary d) {
    this.document = d;
    documentId = d.id();
    pageTitle = d.title() + " · ClaimDesk";
    title.setText(d.title());
    meta.setText(describe(d));
    WebLink.of(d.url())
        .ifPresent(
            link -> {
              link.setId("document-web-address");
              meta.add(new Text(" · "), link);
            });
    withdrawnNote.setVisible(d.withdrawn());
    if (d.withdrawn()) {
      withdrawnNote.setText(
          "Withdrawn on "
              + DeskFormat.dateTime(d.withdrawnAt())
              + " by "
              + names.of(d.withdrawnBy())
              + ": "
              + d.withdrawnReason()
              + ". Its untriaged claims were dismissed with it; claims already worked on stay.");
    }
    withdraw.setVisible(editor && !d.withdrawn());
  }

  private void openWithdrawal() {
    DocumentSummary d = document;
    if (d != null) {
      new WithdrawDocumentDialog(
              documents,
              d,
              itemList,
              done -> {
                show(done);
                reload(selected == null ? null : selected.id());
              })
          .open();
    }
  }

  private void toggleOriginal() {
    showingOriginal = !showingOriginal;
    showOriginal.setText(showingOriginal ? "Show the readable text" : "Show the original HTML");
    renderText(documents.originalText(documentId).orElse(""));
    select(selected);
  }

  private void reload(@Nullable Long keepSelectedItem) {
    itemList = claims.itemsOfDocument(documentId);
    showItems();
    renderText(documents.originalText(documentId).orElse(""));
    ClaimItemView again =
        keepSelectedItem == null
            ? null
            : itemList.stream().filter(i -> i.id() == keepSelectedItem).findFirst().orElse(null);
    select(again != null ? again : itemList.isEmpty() ? null : itemList.getFirst());
  }

  /**
   * The text as a person reads it (HTML without its tags, scripts and navigation, unless the
   * original is asked for), each item a highlighted span; every piece of text is set as text.
   */
  private void renderText(String original) {
    text.removeAll();
    ReadableText readable = showingOriginal ? null : ReadableText.of(original);
    showOriginal.setVisible(showingOriginal || (readable != null && readable.fromHtml()));
    String shown = readable == null ? original : readable.text();
    text.getElement().getClassList().set("original-html", showingOriginal);
    Element root = text.getElement();
    int at = 0;
    for (ClaimItemView item : itemList) {
      int itemStart = readable == null ? item.start() : readable.readableOffset(item.start());
      int itemEnd = readable == null ? item.end() : readable.readableOffset(item.end());
      int start = Math.max(itemStart, at);
      int end = Math.min(itemEnd, shown.length());
      if (start >= end) {
        continue; // overlaps an earlier item or lies outside the text
      }
      root.appendChild(Element.createText(shown.substring(at, start)));
      Element mark = new Element("mark");
      mark.setText(shown.substring(start, end));
      mark.setAttribute("data-item", String.valueOf(item.id()));
      mark.getClassList().add("item");
      mark.getClassList().add(scoreClass(item.score()));
      mark.getClassList().add("status-" + item.claimStatus().name().toLowerCase(Locale.ROOT));
      mark.setAttribute("title", item.claimStatus().label() + ", score " + score(item));
      mark.addEventListener("click", e -> select(item));
      root.appendChild(mark);
      at = end;
    }
    if (at < shown.length()) {
      root.appendChild(Element.createText(shown.substring(at)));
    }
  }

  private void configureGrid() {
    items.setId("items-grid");
    items.setSelectionMode(editor ? Grid.SelectionMode.MULTI : Grid.SelectionMode.NONE);
    items.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
    items.addColumn(i -> i.position() + 1).setHeader("#").setWidth("3rem").setFlexGrow(0);
    // The statement wraps to three lines; the whole of it is in the details below.
    items
        .addColumn(
            LitRenderer.<ClaimItemView>of(
                    "<span class=\"statement-cell\" title=\"${item.text}\">${item.text}</span>")
                .withProperty("text", ClaimItemView::text))
        .setHeader("Statement")
        .setFlexGrow(1)
        .setWidth("9rem");
    items
        .addColumn(i -> i.claimStatus().label())
        .setHeader("Status")
        .setWidth("6.5rem")
        .setFlexGrow(0);
    items
        .addColumn(i -> SpeakerWording.of(i.speakerName(), i.speakerKind()))
        .setHeader("Speaker")
        .setWidth("7.5rem")
        .setFlexGrow(0);
    items.addColumn(DocumentReaderView::score).setHeader("Score").setWidth("4.5rem").setFlexGrow(0);
    items.setPartNameGenerator(i -> selected != null && selected.id() == i.id() ? "current" : null);
    // The item acted on is the one selected here, on the server, and nothing else: a click, J/K
    // or the arrow keys select it, and the list's focus is then put on its row. The list's own
    // focus moves are not followed, since a focus event can arrive after the next key and would
    // carry the selection on past the item the keys reached.
    items.addItemClickListener(click -> select(click.getItem()));
    items.setEmptyStateText("No claim items were found in this document.");
  }

  private HorizontalLayout bulkBar() {
    Button acceptAll = new Button("Accept selected", c -> bulk(ClaimStatus.ACCEPTED, null));
    acceptAll.setId("bulk-accept");
    Button dismissAll =
        new Button(
            "Dismiss selected",
            c ->
                askReason(
                    "Dismiss the selected items", reason -> bulk(ClaimStatus.DISMISSED, reason)));
    dismissAll.setId("bulk-dismiss");
    show.setId("item-filter");
    show.setAriaLabel("Show items");
    show.setItems(ItemFilter.values());
    show.setItemLabelGenerator(ItemFilter::label);
    show.setValue(ItemFilter.ALL);
    show.setWidth("10rem");
    show.addValueChangeListener(change -> showItems());
    selectAll.setId("select-all-items");
    selectAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    selectAll.addClickListener(c -> itemList.forEach(items::select));
    selectShown.setId("select-shown-items");
    selectShown.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    selectShown.addClickListener(c -> shownItems().forEach(items::select));
    for (Button b : List.of(selectAll, selectShown, acceptAll, dismissAll)) {
      b.addThemeVariants(ButtonVariant.LUMO_SMALL);
    }
    show.addThemeName("small");
    HorizontalLayout bar =
        new HorizontalLayout(show, selectAll, selectShown, acceptAll, dismissAll);
    bar.setSpacing(false);
    bar.getStyle().set("gap", "0.25rem 0.5rem");
    bar.setAlignItems(Alignment.BASELINE);
    bar.setWrap(true);
    bar.addClassName("reader-bulk-bar");
    selectAll.setVisible(editor);
    selectShown.setVisible(editor);
    acceptAll.setVisible(editor);
    dismissAll.setVisible(editor);
    return bar;
  }

  /** Which items the list shows: all of them, or those still to triage, or those done. */
  enum ItemFilter {
    ALL("All items"),
    UNTRIAGED("New (to triage)"),
    ACCEPTED("Accepted and later"),
    DISMISSED("Dismissed");

    private final String label;

    ItemFilter(String label) {
      this.label = label;
    }

    String label() {
      return label;
    }

    boolean shows(ClaimItemView item) {
      ClaimStatus status = item.claimStatus();
      return switch (this) {
        case ALL -> true;
        case UNTRIAGED -> status == ClaimStatus.NEW;
        case ACCEPTED -> status != ClaimStatus.NEW && status != ClaimStatus.DISMISSED;
        case DISMISSED -> status == ClaimStatus.DISMISSED;
      };
    }
  }

  List<ClaimItemView> shownItems() {
    ItemFilter filter = show.getValue() == null ? ItemFilter.ALL : show.getValue();
    return itemList.stream().filter(filter::shows).toList();
  }

  /** Puts the items the filter lets through in the list, keeping the ticks of those still shown. */
  private void showItems() {
    Set<Long> ticked = new HashSet<>();
    items.getSelectedItems().forEach(i -> ticked.add(i.id()));
    List<ClaimItemView> shown = shownItems();
    items.setItems(shown);
    shown.stream().filter(i -> ticked.contains(i.id())).forEach(items::select);
  }

  /**
   * The reader's keys work wherever the focus is in the text or the list (the list has it when the
   * page opens): J/K and the arrow keys move between items, A accepts, D dismisses, O opens the
   * claim page. Each key acts on the item selected on the server, which the details, the list's
   * current row and the highlighted text show.
   */
  private void registerShortcuts(SplitLayout scope) {
    Shortcuts.addShortcutListener(scope, () -> move(1), Key.KEY_J).listenOn(scope);
    Shortcuts.addShortcutListener(scope, () -> move(-1), Key.KEY_K).listenOn(scope);
    for (Component where : List.of(text, items)) {
      Shortcuts.addShortcutListener(where, () -> move(1), Key.ARROW_DOWN).listenOn(where);
      Shortcuts.addShortcutListener(where, () -> move(-1), Key.ARROW_UP).listenOn(where);
    }
    Shortcuts.addShortcutListener(scope, this::openSelectedClaim, Key.KEY_O).listenOn(scope);
    if (editor) {
      Shortcuts.addShortcutListener(scope, this::acceptSelected, Key.KEY_A).listenOn(scope);
      Shortcuts.addShortcutListener(scope, this::dismissSelected, Key.KEY_D).listenOn(scope);
    }
  }

  /** The keys, listed on the page so that nobody has to guess them. */
  private Span keyboardHelp() {
    Span keys =
        new Span(
            editor
                ? "Keyboard: J/K next/previous item, A accept, D dismiss, O open the claim"
                : "Keyboard: J/K next/previous item, O open the claim");
    keys.setId("reader-keys");
    keys.addClassName("shortcut-hint");
    return keys;
  }

  void openSelectedClaim() {
    ClaimItemView item = selected;
    if (item != null) {
      getUI().ifPresent(ui -> ui.navigate("claims/" + item.claimId()));
    }
  }

  void move(int step) {
    if (itemList.isEmpty()) {
      return;
    }
    int index = selected == null ? -1 : indexOf(selected.id());
    int next = Math.max(0, Math.min(itemList.size() - 1, index + step));
    select(itemList.get(next));
  }

  private int indexOf(long itemId) {
    for (int i = 0; i < itemList.size(); i++) {
      if (itemList.get(i).id() == itemId) {
        return i;
      }
    }
    return -1;
  }

  void select(@Nullable ClaimItemView item) {
    selected = item;
    items.getDataProvider().refreshAll();
    text.getElement()
        .getChildren()
        .filter(child -> !child.isTextNode())
        .forEach(
            child -> {
              boolean current =
                  item != null && String.valueOf(item.id()).equals(child.getAttribute("data-item"));
              if (child.getAttribute("data-item") != null) {
                child.getClassList().set("current", current);
              }
            });
    if (item != null) {
      int row = shownItems().indexOf(item);
      if (row >= 0) {
        items.scrollToIndex(row);
        focusRow(row);
      }
      text.getElement()
          .executeJs(
              "const m = this.querySelector('mark[data-item=\"' + $0 + '\"]');"
                  + " if (m) m.scrollIntoView({block: 'nearest'});",
              String.valueOf(item.id()));
    }
    showDetails(item);
  }

  /**
   * Puts the keyboard focus on the list's row of the selected item when the focus is in the list
   * already, or nowhere (the page just opened, or a dialog just closed): the keys go on from there.
   * A focus in the text or elsewhere is left where it is. Only the latest call counts: one still
   * waiting for its row to be drawn gives up once a later key has moved on.
   */
  private void focusRow(int row) {
    items
        .getElement()
        .executeJs(
            "const grid = this; let tries = 0;"
                + " const mine = grid.__readerFocus = (grid.__readerFocus || 0) + 1;"
                + " const go = () => {"
                + "   if (grid.__readerFocus !== mine) return;"
                + "   const a = document.activeElement;"
                + "   const closing = a && a.closest && a.closest('vaadin-dialog, vaadin-dialog-overlay');"
                + "   if (closing) { if (tries++ < 40) setTimeout(go, 50); return; }"
                + "   if (a && a !== document.body && a !== grid) return;"
                + "   const r = grid._getRenderedRows && grid._getRenderedRows()"
                + "       .find(r => r.index === $0 && r._item && !r.hidden);"
                + "   if (!r) { if (tries++ < 40) setTimeout(go, 50); return; }"
                + "   const cell = [...r.children].find(c => c._column && !c.hidden"
                + "       && c._column.localName !== 'vaadin-grid-flow-selection-column') || r.children[0];"
                + "   grid.setAttribute('navigating', '');"
                + "   cell.focus();"
                + " };"
                + " setTimeout(go, 0);",
            row);
  }

  private void showDetails(@Nullable ClaimItemView item) {
    details.removeAll();
    if (item == null) {
      details.add(new Paragraph("Select a highlighted statement to see its details."));
      return;
    }
    if (editor) {
      details.add(actions(item)); // first, so that triage needs no scrolling
    }
    details.add(new H3(item.text()));
    UnorderedList facts = new UnorderedList();
    facts.add(fact("Status", item.claimStatus().label()));
    facts.add(fact("Speaker", speaker(item)));
    if (item.speakerKind() != null) {
      facts.add(fact("Kind", SpeakerWording.label(item.speakerKind())));
    }
    facts.add(fact("Cue", item.cue() == null ? "none" : item.cue()));
    facts.add(
        fact(
            "Attribution",
            item.attribution() == null
                ? "none"
                : item.attribution().name().toLowerCase(Locale.ROOT).replace('_', ' ')));
    facts.add(
        fact("Check-worthiness", score(item) + (item.checkworthy() ? " (check-worthy)" : "")));
    if (!item.reasons().isEmpty()) {
      facts.add(fact("Reasons", String.join("; ", item.reasons())));
    }
    if (!item.times().isEmpty()) {
      facts.add(fact("Times", String.join("; ", item.times())));
    }
    if (item.followUpReason() != null) {
      facts.add(
          fact(
              "Follow-up hint",
              item.followUpReason()
                  + (item.followUpDate() == null
                      ? ""
                      : ", re-check on " + DeskFormat.date(item.followUpDate()))));
    }
    if (item.sentence() != null && !item.sentence().equals(item.text())) {
      facts.add(fact("Sentence", item.sentence()));
    }
    details.add(facts);
    Anchor open = new Anchor("claims/" + item.claimId(), "Open the claim page");
    open.getElement().setAttribute("router-link", true);
    open.setId("open-claim");
    details.add(open);
  }

  private HorizontalLayout actions(ClaimItemView item) {
    Button accept = new Button("Accept (A)", c -> acceptSelected());
    accept.setId("accept-item");
    accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    accept.setEnabled(item.claimStatus().canMoveTo(ClaimStatus.ACCEPTED));
    Button dismiss = new Button("Dismiss (D)", c -> dismissSelected());
    dismiss.setId("dismiss-item");
    dismiss.setEnabled(item.claimStatus().canMoveTo(ClaimStatus.DISMISSED));
    Button edit = new Button("Edit", c -> edit(item));
    edit.setId("edit-item");
    Button merge = new Button("Merge into…", c -> merge(item));
    merge.setId("merge-item");
    Button splitItem = new Button("Split", c -> split(item));
    splitItem.setId("split-item");
    for (Button b : List.of(accept, dismiss, edit, merge, splitItem)) {
      b.addThemeVariants(ButtonVariant.LUMO_SMALL);
    }
    HorizontalLayout bar = new HorizontalLayout(accept, dismiss, edit, merge, splitItem);
    bar.setWrap(true);
    bar.setAlignItems(Alignment.BASELINE);
    bar.setSpacing(false);
    bar.getStyle().set("gap", "0.25rem 0.5rem");
    return bar;
  }

  void acceptSelected() {
    ClaimItemView item = selected;
    if (item == null || !item.claimStatus().canMoveTo(ClaimStatus.ACCEPTED)) {
      return;
    }
    changeStatus(item, ClaimStatus.ACCEPTED, null);
  }

  void dismissSelected() {
    ClaimItemView item = selected;
    if (item == null || !item.claimStatus().canMoveTo(ClaimStatus.DISMISSED)) {
      return;
    }
    askReason("Dismiss this item", reason -> changeStatus(item, ClaimStatus.DISMISSED, reason));
  }

  /**
   * Moves the item's claim on, against the version shown on the page: a colleague's change in the
   * meantime is refused, never overridden. Only the changed claim's items are redrawn.
   */
  private void changeStatus(ClaimItemView item, ClaimStatus target, @Nullable String reason) {
    ClaimSummary[] changed = new ClaimSummary[1];
    boolean done =
        Notices.attempt(
            () ->
                changed[0] =
                    claims.changeStatus(item.claimId(), item.claimVersion(), target, reason));
    if (done && changed[0] != null) {
      int index = indexOf(item.id());
      apply(changed[0]);
      if (index + 1 < itemList.size()) {
        select(itemList.get(index + 1)); // on to the next item, as a desk works through a text
      } else {
        select(itemList.get(index));
      }
    }
  }

  /** Puts a claim's new status and version on its items in the list and in the text. */
  private void apply(ClaimSummary claim) {
    List<ClaimItemView> updated = new ArrayList<>(itemList.size());
    for (ClaimItemView i : itemList) {
      ClaimItemView now = i.withClaim(claim);
      updated.add(now);
      if (now != i) {
        restyle(now);
      }
    }
    itemList = updated;
    showItems();
  }

  private void restyle(ClaimItemView item) {
    String id = String.valueOf(item.id());
    text.getElement()
        .getChildren()
        .filter(child -> !child.isTextNode() && id.equals(child.getAttribute("data-item")))
        .forEach(
            mark -> {
              for (ClaimStatus s : ClaimStatus.values()) {
                mark.getClassList().remove("status-" + s.name().toLowerCase(Locale.ROOT));
              }
              mark.getClassList()
                  .add("status-" + item.claimStatus().name().toLowerCase(Locale.ROOT));
              mark.setAttribute("title", item.claimStatus().label() + ", score " + score(item));
            });
  }

  private void bulk(ClaimStatus target, @Nullable String reason) {
    Set<ClaimItemView> chosen = items.getSelectedItems();
    if (chosen.isEmpty()) {
      Notices.error("Tick the items first, in the list's first column.");
      return;
    }
    Map<Long, Long> versions = new LinkedHashMap<>();
    chosen.forEach(i -> versions.putIfAbsent(i.claimId(), i.claimVersion()));
    Notices.attempt(
        () -> {
          BulkResult result = claims.bulkChangeStatus(versions, target, reason);
          Notices.success(
              result.changed()
                  + " changed"
                  + (result.skipped().isEmpty()
                      ? "."
                      : "; not changed: " + String.join(", ", result.skipped()) + "."));
        });
    items.deselectAll();
    reload(selected == null ? null : selected.id());
  }

  private void edit(ClaimItemView item) {
    Optional<ClaimSummary> found = claims.find(item.claimId());
    if (found.isEmpty()) {
      return;
    }
    ClaimSummary claim = found.get();
    Dialog dialog = new Dialog("Edit the claim");
    TextArea statement = new TextArea("Statement");
    statement.setId("edit-statement");
    statement.setMaxLength(4000);
    statement.setWidth("36rem");
    statement.setValue(claim.statement());
    TextField speaker = new TextField("Speaker");
    speaker.setId("edit-speaker");
    speaker.setMaxLength(300);
    speaker.setValue(claim.claimantName() == null ? "" : claim.claimantName());
    Paragraph conflict = new Paragraph();
    conflict.addClassName("conflict");
    Button save =
        new Button(
            "Save",
            c -> {
              boolean saved =
                  Notices.attempt(
                      () ->
                          claims.editStatement(
                              claim.id(),
                              claim.version(),
                              statement.getValue(),
                              speaker.getValue(),
                              claim.claimantKind()));
              if (saved) {
                dialog.close();
                reload(item.id());
              } else {
                // The typed text stays in the fields to copy; nothing is lost.
                conflict.setText(
                    "Your text is still in the fields above: copy it before you reload.");
              }
            });
    save.setId("save-edit");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    dialog.add(new VerticalLayout(statement, speaker, conflict));
    dialog.getFooter().add(new Button("Cancel", c -> dialog.close()), save);
    dialog.open();
  }

  private void merge(ClaimItemView item) {
    List<ClaimItemView> others =
        itemList.stream().filter(i -> i.claimId() != item.claimId()).toList();
    if (others.isEmpty()) {
      Notices.error("There is no other claim in this document to merge with.");
      return;
    }
    Dialog dialog = new Dialog("Merge into another claim");
    Select<ClaimItemView> target = new Select<>();
    target.setLabel("Keep this claim");
    target.setItems(others);
    target.setItemLabelGenerator(i -> "#" + (i.position() + 1) + " " + abbreviate(i.text()));
    target.setWidth("36rem");
    Paragraph explain =
        new Paragraph(
            "This item becomes an appearance of the claim you pick; its own claim is dismissed as"
                + " merged.");
    Button ok =
        new Button(
            "Merge",
            c -> {
              if (target.getValue() == null) {
                Notices.error("Pick the claim to keep.");
                return;
              }
              if (Notices.attempt(
                  () ->
                      claims.merge(
                          target.getValue().claimId(),
                          target.getValue().claimVersion(),
                          item.claimId(),
                          item.claimVersion()))) {
                dialog.close();
                reload(item.id());
              }
            });
    ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    dialog.add(new VerticalLayout(explain, target));
    dialog.getFooter().add(new Button("Cancel", c -> dialog.close()), ok);
    dialog.open();
  }

  private void split(ClaimItemView item) {
    Dialog dialog = new Dialog("Split into two claims");
    TextArea first = new TextArea("First statement");
    first.setMaxLength(4000);
    first.setWidth("36rem");
    first.setValue(item.text());
    TextArea second = new TextArea("Second statement");
    second.setMaxLength(4000);
    second.setWidth("36rem");
    Button ok =
        new Button(
            "Split",
            c -> {
              if (Notices.attempt(
                  () ->
                      claims.split(
                          item.id(), item.claimVersion(), first.getValue(), second.getValue()))) {
                dialog.close();
                reload(item.id());
              }
            });
    ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    dialog.add(new VerticalLayout(first, second));
    dialog.getFooter().add(new Button("Cancel", c -> dialog.close()), ok);
    dialog.open();
  }

  private void askReason(String heading, java.util.function.Consumer<String> then) {
    Dialog dialog = new Dialog(heading);
    TextField reason = new TextField("Reason");
    reason.setId("dismiss-reason");
    reason.setMaxLength(1000);
    reason.setWidth("30rem");
    reason.setPlaceholder("e.g. opinion, not checkable, duplicate");
    Button ok =
        new Button(
            "Dismiss",
            c -> {
              if (reason.getValue().isBlank()) {
                reason.setInvalid(true);
                reason.setErrorMessage("Give a reason.");
                return;
              }
              dialog.close();
              then.accept(reason.getValue());
            });
    ok.setId("confirm-dismiss");
    ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    ok.addClickShortcut(Key.ENTER);
    dialog.add(reason);
    dialog.getFooter().add(new Button("Cancel", c -> dialog.close()), ok);
    dialog.open();
    reason.focus();
  }

  private static String speaker(ClaimItemView item) {
    return SpeakerWording.of(
        item.speakerName(), item.speakerRole(), item.speakerMention(), item.speakerKind());
  }

  private static ListItem fact(String label, String value) {
    Span name = new Span(label + ": ");
    name.addClassName("fact-label");
    return new ListItem(name, new Span(value));
  }

  private String describe(DocumentSummary d) {
    List<String> parts = new ArrayList<>();
    if (d.outlet() != null) {
      parts.add(d.outlet());
    }
    if (d.publishedDate() != null) {
      parts.add("published " + DeskFormat.date(d.publishedDate()));
    }
    if (d.wireCredits() != null) {
      parts.add("with input from " + d.wireCredits());
    }
    parts.add("added by " + names.of(d.ingestedBy()));
    return String.join(" · ", parts);
  }

  private static String scoreClass(double score) {
    return score >= 0.7 ? "cw-high" : score >= 0.4 ? "cw-mid" : "cw-low";
  }

  private static String score(ClaimItemView item) {
    return String.format(Locale.ROOT, "%.2f", item.score());
  }

  private static String abbreviate(String s) {
    return s.length() > 90 ? s.substring(0, 87) + "..." : s;
  }

  private static Optional<Long> parseId(String raw) {
    try {
      return Optional.of(Long.parseLong(raw));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
