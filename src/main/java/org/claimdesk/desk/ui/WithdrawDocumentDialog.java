package org.claimdesk.desk.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.function.Consumer;
import org.claimdesk.claims.ClaimItemView;
import org.claimdesk.claims.ClaimStatus;
import org.claimdesk.documents.DocumentService;
import org.claimdesk.documents.DocumentSummary;
import org.claimdesk.ui.Notices;

/**
 * Asks an editor why a document is withdrawn and says first what will happen to its claims: the new
 * ones go with it, the ones already worked on stay.
 */
final class WithdrawDocumentDialog extends Dialog {

  final TextArea reason = new TextArea("Why is it withdrawn?");
  final Button confirm = new Button("Withdraw the document");

  WithdrawDocumentDialog(
      DocumentService documents,
      DocumentSummary document,
      List<ClaimItemView> items,
      Consumer<DocumentSummary> withdrawn) {
    super("Withdraw '" + document.title() + "'");
    setId("withdraw-dialog");
    long untriaged = countClaims(items, true);
    long workedOn = countClaims(items, false);
    Paragraph effect =
        new Paragraph(
            describe(untriaged, workedOn)
                + " The document stays in the audit trail, marked as withdrawn; the same text can"
                + " be added again afterwards.");
    effect.setId("withdraw-effect");
    reason.setId("withdraw-reason");
    reason.setMaxLength(1000);
    reason.setWidth("32rem");
    reason.setPlaceholder("e.g. pasted the wrong article");
    confirm.setId("confirm-withdraw");
    confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
    confirm.addClickListener(
        click -> {
          if (reason.getValue().isBlank()) {
            reason.setErrorMessage("Give a reason: it is kept in the history.");
            reason.setInvalid(true);
            reason.focus();
            return;
          }
          DocumentSummary[] done = new DocumentSummary[1];
          if (Notices.attempt(
              () -> done[0] = documents.withdraw(document.id(), reason.getValue()))) {
            close();
            Notices.success("Withdrawn. " + describe(untriaged, workedOn));
            withdrawn.accept(done[0]);
          }
        });
    Button cancel = new Button("Cancel", click -> close());
    cancel.setId("cancel-withdraw");
    add(new VerticalLayout(effect, reason));
    getFooter().add(cancel, confirm);
  }

  private static long countClaims(List<ClaimItemView> items, boolean untriaged) {
    return items.stream()
        .filter(
            i ->
                untriaged
                    ? i.claimStatus() == ClaimStatus.NEW
                    : i.claimStatus() != ClaimStatus.NEW
                        && i.claimStatus() != ClaimStatus.DISMISSED)
        .map(ClaimItemView::claimId)
        .distinct()
        .count();
  }

  static String describe(long untriaged, long workedOn) {
    return plural(untriaged, "untriaged claim goes", "untriaged claims go")
        + " with it (dismissed, giving the reason); "
        + plural(workedOn, "claim already worked on stays", "claims already worked on stay")
        + " and say that their document was withdrawn.";
  }

  private static String plural(long n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }
}
