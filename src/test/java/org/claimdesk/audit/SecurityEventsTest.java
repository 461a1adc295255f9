package org.claimdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import org.claimdesk.audit.log.ExportVerifier;
import org.claimdesk.support.DeskScenario;
import org.claimdesk.support.IntegrationTest;
import org.claimdesk.support.SignedIn;
import org.claimdesk.users.NewUser;
import org.claimdesk.users.Role;
import org.claimdesk.users.UserService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Sign-ins, failures, lockouts and sign-outs through the real filter chain become audit entries; an
 * uploaded export is verified as verify-audit does.
 */
@IntegrationTest
class SecurityEventsTest {

  @Autowired WebApplicationContext context;
  @Autowired UserService users;
  @Autowired AuditService audit;

  /** A real auditor, created through the user service for each test. */
  private String auditor;

  @BeforeEach
  void createAuditor() {
    auditor = new DeskScenario(context).people.auditor();
  }

  private List<String> eventsOf(String username) {
    return SignedIn.as(
            auditor,
            Role.AUDITOR,
            () ->
                audit.search(
                    new AuditQuery(username, null, null, null, null, null), PageRequest.of(0, 50)))
        .getContent()
        .stream()
        .map(AuditRow::change)
        .toList()
        .reversed();
  }

  @Test
  void signing_in_failing_being_locked_out_and_signing_out_are_recorded() throws Exception {
    MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    String name = "sam" + System.nanoTime();
    String password = "a long enough secret";
    SignedIn.as(
        "admin",
        Role.ADMIN,
        () ->
            users.createUser(
                new NewUser(name, "Sam", password, EnumSet.of(Role.EDITOR), null, null)));
    MockHttpSession session =
        (MockHttpSession)
            mvc.perform(
                    post("/login").param("username", name).param("password", password).with(csrf()))
                .andReturn()
                .getRequest()
                .getSession();
    mvc.perform(post("/logout").session(session).with(csrf()));
    for (int i = 0; i < 6; i++) {
      mvc.perform(
          post("/login").param("username", name).param("password", "wrong " + i).with(csrf()));
    }
    List<String> events = eventsOf(name);
    assertThat(events).startsWith("SIGN_IN", "SIGN_OUT", "SIGN_IN_FAILED");
    assertThat(events).contains("LOCKED_OUT");
  }

  @Test
  void an_uploaded_export_is_verified_against_the_desks_key() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SignedIn.as(
        auditor, Role.AUDITOR, () -> audit.export(out, AuditService.ExportRange.whole(), n -> {}));
    byte[] export = out.toByteArray();
    ExportVerifier.Result ok =
        SignedIn.as(
            auditor,
            Role.AUDITOR,
            () -> audit.verifyExport(new ByteArrayInputStream(export), null, null));
    assertThat(ok.intact()).as(ok.message()).isTrue();
    String text = new String(export, StandardCharsets.UTF_8);
    String[] lines = text.split("\n");
    lines[2] = lines[2].replace("\"actor\":\"", "\"actor\":\"x");
    byte[] tampered = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    ExportVerifier.Result refused =
        SignedIn.as(
            auditor,
            Role.AUDITOR,
            () -> audit.verifyExport(new ByteArrayInputStream(tampered), null, null));
    assertThat(refused.intact()).isFalse();
    assertThat(refused.message()).startsWith("line 3: ");
  }
}
