package org.claimdesk.users.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import java.util.EnumSet;
import org.claimdesk.support.SameSecurityContextHolder;
import org.claimdesk.support.SignedIn;
import org.claimdesk.users.ApiTokenSummary;
import org.claimdesk.users.ApiTokens;
import org.claimdesk.users.NewUser;
import org.claimdesk.users.Role;
import org.claimdesk.users.UserService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The API tokens page: a token is shown once, listed without its secret, and revoked. */
@SpringBootTest
@ActiveProfiles("test")
@ExtendWith(SameSecurityContextHolder.class)
class ApiTokensViewTest extends SpringBrowserlessTest {

  @Autowired UserService users;
  @Autowired ApiTokens tokens;
  private String owner;
  private String other;

  @BeforeEach
  void people() {
    owner = "tina" + System.nanoTime() % 100_000_000;
    other = "theo" + System.nanoTime() % 100_000_000;
    SignedIn.as(
        "admin",
        Role.ADMIN,
        () -> {
          for (String name : new String[] {owner, other}) {
            users.createUser(
                new NewUser(
                    name,
                    "Person " + name,
                    "a long enough secret",
                    EnumSet.of(Role.REVIEWER),
                    null,
                    null));
          }
        });
  }

  @AfterEach
  void signOut() {
    SignedIn.end();
  }

  private static ApiTokensView open() {
    UI.getCurrent().navigate("api-tokens");
    return (ApiTokensView) UI.getCurrent().getCurrentView();
  }

  @Test
  void a_person_creates_a_token_sees_it_once_and_revokes_it() {
    SignedIn.begin(owner, Role.REVIEWER);
    ApiTokensView page = open();
    page.name.setValue("CMS import");
    page.days.setValue(30);
    page.create();

    String secret = page.secret.getValue();
    assertThat(secret).startsWith("cdk_");
    assertThat(tokens.authenticate(secret)).isPresent();
    ApiTokenSummary listed = page.shown().getFirst();
    assertThat(listed.name()).isEqualTo("CMS import");
    assertThat(listed.hint()).isEqualTo(secret.substring(0, 8) + "…");
    assertThat(listed.toString()).doesNotContain(secret);

    page.revoke(listed);
    assertThat(page.shown().getFirst().state()).isEqualTo("revoked");
    assertThat(tokens.authenticate(secret)).isEmpty();
  }

  @Test
  void a_token_lasts_at_most_a_year() {
    SignedIn.begin(owner, Role.REVIEWER);
    ApiTokensView page = open();
    page.name.setValue("Too long");
    page.days.setValue(500);
    page.create();
    assertThat(page.shown()).isEmpty();
  }

  @Test
  void a_person_sees_only_their_own_tokens() {
    SignedIn.as(other, Role.REVIEWER, () -> tokens.create("Theo's script", 10));
    SignedIn.begin(owner, Role.REVIEWER);
    assertThat(open().shown()).extracting(ApiTokenSummary::owner).doesNotContain(other);
  }

  @Test
  void an_admin_sees_and_revokes_everyones_tokens() {
    SignedIn.as(other, Role.REVIEWER, () -> tokens.create("Theo's script", 10));
    SignedIn.begin("admin", Role.ADMIN);
    ApiTokensView page = open();
    ApiTokenSummary theirs =
        page.shown().stream().filter(t -> t.owner().equals(other)).findFirst().orElseThrow();
    page.revoke(theirs);
    assertThat(
            page.shown().stream()
                .filter(t -> t.id() == theirs.id())
                .findFirst()
                .orElseThrow()
                .state())
        .isEqualTo("revoked");
  }
}
