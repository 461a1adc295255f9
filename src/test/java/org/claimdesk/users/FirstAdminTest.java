package org.claimdesk.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Pattern;
import org.claimdesk.support.SameSecurityContextHolder;
import org.claimdesk.support.SignedIn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

/** On a first start with an empty database: one admin, with a password printed once. */
@ExtendWith({OutputCaptureExtension.class, SameSecurityContextHolder.class})
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.MOCK,
    properties = "claimdesk.test-context=first-admin")
@ActiveProfiles("test")
class FirstAdminTest {

  @Autowired UserAccountDetailsService accounts;
  @Autowired PasswordEncoder passwordEncoder;
  @Autowired UserService users;
  @Autowired UserRepository repository;

  @Test
  void the_printed_admin_password_signs_in_and_no_other_account_exists(CapturedOutput output) {
    var matcher = Pattern.compile("password: (\\S{20})").matcher(output.getOut());
    assertThat(matcher.find()).as("the console shows the admin password").isTrue();
    String password = matcher.group(1);

    var provider = new DaoAuthenticationProvider(accounts);
    provider.setPasswordEncoder(passwordEncoder);
    var signedIn =
        provider.authenticate(
            UsernamePasswordAuthenticationToken.unauthenticated("admin", password));
    assertThat(signedIn.getAuthorities())
        .extracting(Object::toString)
        .contains("ROLE_ADMIN", "ROLE_EDITOR", "ROLE_REVIEWER", "ROLE_AUDITOR");
    assertThatThrownBy(
            () ->
                provider.authenticate(
                    UsernamePasswordAuthenticationToken.unauthenticated("admin", "admin")))
        .isInstanceOf(BadCredentialsException.class);

    var all = SignedIn.as("admin", Role.ADMIN, () -> users.listUsers());
    assertThat(all).extracting(UserSummary::username).containsExactly("admin");
    assertThat(repository.findByUsernameIgnoreCase("admin").orElseThrow().getPasswordHash())
        .startsWith("{bcrypt}")
        .doesNotContain(password);
  }
}
