package org.claimdesk.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.EnumSet;
import org.claimdesk.support.IntegrationTest;
import org.claimdesk.support.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** Signing in and out through the real security filter chain. */
@IntegrationTest
class SignInTest {

  private static final String PASSWORD = "a long enough secret";

  @Autowired WebApplicationContext context;
  @Autowired UserService users;
  private MockMvc mvc;
  private String username;

  @BeforeEach
  void setUp() {
    mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    username = "lena" + System.nanoTime();
    SignedIn.as(
        "admin",
        Role.ADMIN,
        () ->
            users.createUser(
                new NewUser(username, "Lena", PASSWORD, EnumSet.of(Role.EDITOR), null, null)));
  }

  private org.springframework.test.web.servlet.ResultActions signIn(String name, String password)
      throws Exception {
    return mvc.perform(
        post("/login").param("username", name).param("password", password).with(csrf()));
  }

  @Test
  void five_wrong_passwords_lock_the_account_even_against_the_right_one() throws Exception {
    for (int i = 0; i < LoginAttempts.MAX_FAILURES; i++) {
      signIn(username, "wrong password " + i).andExpect(redirectedUrl("/login?error"));
    }
    signIn(username, PASSWORD).andExpect(redirectedUrl("/login?locked"));
  }

  @Test
  void the_right_password_signs_in_and_signing_out_ends_the_session() throws Exception {
    MockHttpSession session =
        (MockHttpSession)
            signIn(username, PASSWORD)
                .andExpect(redirectedUrl("/"))
                .andReturn()
                .getRequest()
                .getSession();
    mvc.perform(post("/logout").session(session).with(csrf()));
    assertThat(session.isInvalid()).isTrue();
  }

  @Test
  void a_deactivated_account_cannot_sign_in() throws Exception {
    long id =
        SignedIn.as("admin", Role.ADMIN, () -> users.findByUsername(username).orElseThrow().id());
    SignedIn.as("admin", Role.ADMIN, () -> users.setActive(id, false));
    signIn(username, PASSWORD).andExpect(redirectedUrl("/login?error"));
  }
}
