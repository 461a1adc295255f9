package org.claimdesk.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.EnumSet;
import java.util.Set;
import org.claimdesk.support.IntegrationTest;
import org.claimdesk.support.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * An admin's change to an account reaches the person's open session on its next request, through
 * the real filter chain: deactivating, removing a role or a new password ends it, heartbeats
 * included; an added role is there at once.
 */
@IntegrationTest
class AccountChangeEndsSessionsTest {

  private static final String PASSWORD = "a long enough secret";

  @Autowired WebApplicationContext context;
  @Autowired UserService users;
  @Autowired SessionRegistry registry;
  private MockMvc mvc;
  private String username;
  private long id;

  @BeforeEach
  void setUp() {
    mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    username = "rita" + System.nanoTime();
    id =
        SignedIn.as(
            "admin",
            Role.ADMIN,
            () ->
                users
                    .createUser(
                        new NewUser(
                            username,
                            "Rita",
                            PASSWORD,
                            EnumSet.of(Role.EDITOR, Role.REVIEWER),
                            null,
                            null))
                    .id());
  }

  private MockHttpSession signIn() throws Exception {
    String from = SignInTest.randomAddress();
    var result =
        mvc.perform(
                post("/login")
                    .param("username", username)
                    .param("password", PASSWORD)
                    .with(csrf())
                    .with(
                        request -> {
                          request.setRemoteAddr(from);
                          return request;
                        }))
            .andReturn();
    assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/");
    MockHttpSession session = (MockHttpSession) result.getRequest().getSession();
    assertThat(signedIn(session)).as("signed in at first").isTrue();
    return session;
  }

  /** Whether the page asks the session to sign in: the answer the person sees. */
  private boolean signedIn(MockHttpSession session) throws Exception {
    if (session.isInvalid()) {
      return false;
    }
    MockHttpServletResponse page =
        mvc.perform(get("/documents").session(session)).andReturn().getResponse();
    return !(page.getStatus() == 302 && String.valueOf(page.getRedirectedUrl()).contains("/login"))
        && !session.isInvalid();
  }

  /**
   * Sends a Vaadin heartbeat; true when security let it through to the application (the mock
   * servlet environment has no Vaadin servlet to forward to, which is how it shows).
   */
  private boolean heartbeat(MockHttpSession session) throws Exception {
    try {
      var response =
          mvc.perform(
                  post("/")
                      .param("v-r", "heartbeat")
                      .param("v-uiId", "0")
                      .session(session)
                      .with(csrf()))
              .andReturn()
              .getResponse();
      return response.getStatus() == 200 && response.getRedirectedUrl() == null;
    } catch (jakarta.servlet.ServletException forwardedToVaadin) {
      return true;
    }
  }

  private static Set<String> authorities(MockHttpSession session) {
    var context = (SecurityContext) session.getAttribute("SPRING_SECURITY_CONTEXT");
    return context.getAuthentication().getAuthorities().stream()
        .map(GrantedAuthority::getAuthority)
        .collect(java.util.stream.Collectors.toSet());
  }

  @Test
  void deactivating_ends_the_open_session_and_a_heartbeat_does_not_keep_it() throws Exception {
    MockHttpSession session = signIn();
    SignedIn.as("admin", Role.ADMIN, () -> users.setActive(id, false));
    assertThat(heartbeat(session)).as("the heartbeat is let through").isFalse();
    assertThat(session.isInvalid()).as("the heartbeat found the session ended").isTrue();
    assertThat(signedIn(session)).isFalse();
  }

  @Test
  void a_new_password_ends_the_open_session() throws Exception {
    MockHttpSession session = signIn();
    SignedIn.as("admin", Role.ADMIN, () -> users.resetPassword(id, "a brand new long secret"));
    assertThat(signedIn(session)).isFalse();
  }

  @Test
  void removing_a_role_ends_the_open_session() throws Exception {
    MockHttpSession session = signIn();
    SignedIn.as("admin", Role.ADMIN, () -> users.setRoles(id, EnumSet.of(Role.REVIEWER)));
    assertThat(signedIn(session)).isFalse();
  }

  @Test
  void an_added_role_counts_from_the_next_request() throws Exception {
    MockHttpSession session = signIn();
    assertThat(authorities(session)).doesNotContain("ROLE_AUDITOR");
    SignedIn.as(
        "admin",
        Role.ADMIN,
        () -> users.setRoles(id, EnumSet.of(Role.EDITOR, Role.REVIEWER, Role.AUDITOR)));
    assertThat(signedIn(session)).isTrue();
    assertThat(authorities(session)).contains("ROLE_AUDITOR", "ROLE_EDITOR");
  }

  @Test
  void a_session_on_another_node_ends_on_its_next_request_too() throws Exception {
    MockHttpSession session = signIn();
    // This node's registry does not know a session held by another web node.
    registry.removeSessionInformation(session.getId());
    SignedIn.as("admin", Role.ADMIN, () -> users.setActive(id, false));
    assertThat(signedIn(session)).isFalse();
  }

  @Test
  void an_untouched_account_stays_signed_in() throws Exception {
    MockHttpSession session = signIn();
    assertThat(heartbeat(session)).isTrue();
    assertThat(signedIn(session)).isTrue();
    assertThat(signedIn(session)).isTrue();
  }
}
