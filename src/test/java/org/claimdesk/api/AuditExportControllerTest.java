package org.claimdesk.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.claimdesk.audit.AuditService;
import org.claimdesk.audit.log.ExportVerifier;
import org.claimdesk.audit.log.NoteKey;
import org.claimdesk.claims.ClaimService;
import org.claimdesk.support.IntegrationTest;
import org.claimdesk.support.SignedIn;
import org.claimdesk.users.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The streamed export over HTTP, as a signed-in auditor fetches it. */
@IntegrationTest
class AuditExportControllerTest {

  /**
   * Until the REST API's own filter chain (Bearer tokens, built beside this controller) is merged,
   * the default chain refuses /api/**; this test lets a signed-in session through to the
   * controller, whose service checks the role.
   */
  @org.springframework.boot.test.context.TestConfiguration
  static class SessionApiAccess {
    @org.springframework.context.annotation.Bean
    @org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
    org.springframework.security.web.SecurityFilterChain auditApiForTest(
        org.springframework.security.config.annotation.web.builders.HttpSecurity http)
        throws Exception {
      http.securityMatcher("/api/v1/audit/**")
          .authorizeHttpRequests(a -> a.anyRequest().authenticated())
          .exceptionHandling(
              e ->
                  e.authenticationEntryPoint(
                      new org.springframework.security.web.authentication.HttpStatusEntryPoint(
                          org.springframework.http.HttpStatus.UNAUTHORIZED)));
      return http.build();
    }
  }

  @Autowired WebApplicationContext context;
  @Autowired ClaimService claims;
  @Autowired AuditService audit;
  MockMvc mvc;

  @BeforeEach
  void setUp() {
    mvc =
        MockMvcBuilders.webAppContextSetup(context)
            .apply(
                org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers
                    .springSecurity())
            .build();
  }

  @Autowired org.claimdesk.users.UserService users;

  /** Signs in through the login form, as a person does, and returns the session. */
  private RequestPostProcessor as(String name, Role role) throws Exception {
    String username = name + System.nanoTime();
    String password = "a long enough secret";
    SignedIn.as(
        "admin",
        Role.ADMIN,
        () ->
            users.createUser(
                new org.claimdesk.users.NewUser(
                    username, name, password, java.util.EnumSet.of(role), null, null)));
    var session =
        (org.springframework.mock.web.MockHttpSession)
            mvc.perform(
                    org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                            "/login")
                        .param("username", username)
                        .param("password", password)
                        .with(
                            org.springframework.security.test.web.servlet.request
                                .SecurityMockMvcRequestPostProcessors.csrf()))
                .andReturn()
                .getRequest()
                .getSession();
    return request -> {
      request.setSession(session);
      return request;
    };
  }

  @Test
  void an_auditor_downloads_an_export_that_verifies_with_the_public_key() throws Exception {
    SignedIn.as(
        "alice",
        Role.EDITOR,
        () -> claims.create("Inflation halved " + System.nanoTime(), null, null));
    String key = SignedIn.as("carol", Role.AUDITOR, () -> audit.publicKey());
    var result =
        mvc.perform(get("/api/v1/audit/export").with(as("carol", Role.AUDITOR)))
            .andExpect(status().isOk())
            .andExpect(content().contentTypeCompatibleWith("application/x-ndjson"))
            .andReturn();
    String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    List<String> lines = body.lines().toList();
    assertThat(lines.getFirst()).contains("\"type\":\"header\"");
    assertThat(lines.getLast()).contains("\"type\":\"checkpoint\"");
    assertThat(body).contains("\"change\":\"EXPORT_MADE\"");
    ExportVerifier.Result verdict =
        ExportVerifier.verify(
            new BufferedReader(new StringReader(body)), NoteKey.parseVerifier(key), null);
    assertThat(verdict.intact()).as(verdict.message()).isTrue();
  }

  @Test
  void a_range_export_with_a_consistency_proof_verifies_too() throws Exception {
    String today = java.time.LocalDate.now().toString();
    String body =
        mvc.perform(
                get("/api/v1/audit/export")
                    .param("from", today)
                    .param("to", today)
                    .param("since", "1")
                    .with(as("carol", Role.AUDITOR)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(body).contains("\"type\":\"consistency\"");
    ExportVerifier.Result verdict =
        ExportVerifier.verify(new BufferedReader(new StringReader(body)), null, null);
    assertThat(verdict.intact()).as(verdict.message()).isTrue();
  }

  @Test
  void others_are_refused_and_bad_parameters_get_a_problem_document() throws Exception {
    mvc.perform(get("/api/v1/audit/export").with(as("edna", Role.EDITOR)))
        .andExpect(status().isForbidden());
    mvc.perform(
            get("/api/v1/audit/export").param("from", "yesterday").with(as("carol", Role.AUDITOR)))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("2025-11-23")));
  }
}
