package org.claimdesk.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.claimdesk.support.IntegrationTest;
import org.claimdesk.support.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** Signing in and out through the real security filter chain, from several client addresses. */
@IntegrationTest
class SignInTest {

  private static final String PASSWORD = "a long enough secret";
  private static final int ALLOWED = SignInThrottle.Counter.PAIR.allowed;

  @Autowired WebApplicationContext context;
  @Autowired UserService users;
  private MockMvc mvc;
  private String username;
  private String address;

  @BeforeEach
  void setUp() {
    mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    username = "lena" + System.nanoTime();
    address = randomAddress();
    SignedIn.as(
        "admin",
        Role.ADMIN,
        () ->
            users.createUser(
                new NewUser(username, "Lena", PASSWORD, EnumSet.of(Role.EDITOR), null, null)));
  }

  /** Each test signs in from addresses of its own, so that address counts do not add up. */
  static String randomAddress() {
    var random = ThreadLocalRandom.current();
    return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
  }

  private ResultActions signIn(String name, String password, String from) throws Exception {
    return mvc.perform(
        post("/login")
            .param("username", name)
            .param("password", password)
            .with(csrf())
            .with(
                request -> {
                  request.setRemoteAddr(from);
                  return request;
                }));
  }

  private ResultActions signIn(String name, String password) throws Exception {
    return signIn(name, password, address);
  }

  @Test
  void five_wrong_passwords_lock_the_account_even_against_the_right_one() throws Exception {
    for (int i = 0; i < ALLOWED; i++) {
      signIn(username, "wrong password " + i).andExpect(redirectedUrl("/login?error"));
    }
    signIn(username, PASSWORD).andExpect(redirectedUrl("/login?locked"));
  }

  @Test
  void a_name_that_is_no_account_gets_the_same_answers_as_one_that_is() throws Exception {
    String nobody = "nobody" + System.nanoTime();
    for (int i = 0; i < ALLOWED; i++) {
      signIn(nobody, "wrong password " + i).andExpect(redirectedUrl("/login?error"));
    }
    signIn(nobody, "wrong password again").andExpect(redirectedUrl("/login?locked"));
  }

  @Test
  void a_guesser_at_one_address_cannot_lock_the_person_out_everywhere() throws Exception {
    String guesser = randomAddress();
    for (int i = 0; i < ALLOWED + 3; i++) {
      signIn(username, "wrong password " + i, guesser);
    }
    signIn(username, PASSWORD, guesser).andExpect(redirectedUrl("/login?locked"));
    signIn(username, PASSWORD, randomAddress()).andExpect(redirectedUrl("/"));
  }

  @Test
  void a_deactivated_account_and_an_unknown_name_cost_a_password_check_like_any_other()
      throws Exception {
    String disabled = "gone" + System.nanoTime();
    SignedIn.as(
        "admin",
        Role.ADMIN,
        () -> {
          var created =
              users.createUser(
                  new NewUser(disabled, "Gone", PASSWORD, EnumSet.of(Role.REVIEWER), null, null));
          users.setActive(created.id(), false);
        });
    // Warm up, then the median of a few tries each; a password check takes tens of ms, the
    // shortcut it replaces well under one.
    signIn(username, "warm-up password", randomAddress());
    long known = medianMillis(username);
    long deactivated = medianMillis(disabled);
    long unknown = medianMillis("nobody" + System.nanoTime());
    assertThat(deactivated)
        .as("a deactivated account (known: %d ms)", known)
        .isGreaterThan(known / 2);
    assertThat(unknown).as("an unknown name (known: %d ms)", known).isGreaterThan(known / 2);
    signIn(disabled, "wrong password", randomAddress()).andExpect(redirectedUrl("/login?error"));
    signIn(disabled, PASSWORD, randomAddress()).andExpect(redirectedUrl("/login?error"));
  }

  private long medianMillis(String name) throws Exception {
    List<Long> times = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      long start = System.nanoTime();
      signIn(name, "wrong password " + i, randomAddress());
      times.add((System.nanoTime() - start) / 1_000_000);
    }
    return times.stream().sorted().toList().get(1);
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
