package org.claimdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import org.claimdesk.audit.ui.AuditView;
import org.claimdesk.claims.ClaimService;
import org.claimdesk.claims.ClaimStatus;
import org.claimdesk.claims.ClaimSummary;
import org.claimdesk.desk.ui.ClaimView;
import org.claimdesk.support.DeskScenario;
import org.claimdesk.support.IntegrationTest;
import org.claimdesk.support.SignedIn;
import org.claimdesk.users.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The Audit page and the claim page's audit proof as an auditor uses them, without a browser. */
@IntegrationTest
class AuditViewTest extends SpringBrowserlessTest {

  @Autowired ClaimService claims;
  @Autowired ApplicationContext context;

  /** Real accounts, created through the user service for each test. */
  private DeskScenario.People people;

  @BeforeEach
  void createPeople() {
    people = new DeskScenario(context).people;
  }

  @AfterEach
  void signOut() {
    SignedIn.end();
  }

  private ClaimSummary acceptedClaim() {
    ClaimSummary claim =
        SignedIn.as(
            people.editor(),
            Role.EDITOR,
            () -> claims.create("Wages rose " + System.nanoTime(), null, null));
    return SignedIn.as(
        people.secondEditor(),
        Role.EDITOR,
        () -> claims.changeStatus(claim.id(), claim.version(), ClaimStatus.ACCEPTED, null));
  }

  @Test
  @SuppressWarnings("unchecked")
  void an_auditor_finds_a_claims_entries_in_words_and_opens_the_raw_json() {
    ClaimSummary claim = acceptedClaim();
    SignedIn.begin(people.auditor(), Role.AUDITOR);
    navigate(AuditView.class);
    test(find(TextField.class).id("audit-filter-claim")).setValue(Long.toString(claim.id()));
    test(find(Button.class).id("audit-search")).click();
    Grid<AuditRow> grid = (Grid<AuditRow>) find(Grid.class).id("audit-grid");
    assertThat(test(grid).size()).isEqualTo(2);
    assertThat(test(grid).getRow(0).description()).contains("status: NEW → ACCEPTED");
    assertThat(test(grid).getRow(0).actor()).isEqualTo(people.secondEditor());
    test(grid).clickRow(0);
    Component json = find(Component.class).id("audit-entry-json");
    assertThat(json.getElement().getText()).contains("\"change\":\"MOD\"");
    assertThat(find(Component.class).id("audit-public-key").getElement().getText())
        .startsWith("claimdesk/audit+");
  }

  @Test
  void the_claim_page_shows_each_entry_of_the_claim_as_proven() {
    ClaimSummary claim = acceptedClaim();
    SignedIn.begin(people.thirdEditor(), Role.EDITOR);
    navigate("claims/" + claim.id(), ClaimView.class);
    test(find(Button.class).id("claim-audit-proof")).click();
    Dialog dialog = find(Dialog.class).id("claim-audit-proof-dialog");
    String text = dialog.getElement().getTextRecursively();
    assertThat(text).contains("2 entries, each proven").contains("proven");
    assertThat(text).doesNotContain("NOT PROVEN");
  }
}
