package org.claimdesk.users;

import static org.assertj.core.api.Assertions.assertThat;

import org.claimdesk.support.SameSecurityContextHolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

/** CLAIMDESK_ADMIN_PASSWORD sets the first admin's password, and it is never printed. */
@ExtendWith({OutputCaptureExtension.class, SameSecurityContextHolder.class})
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.MOCK,
    properties = "claimdesk.admin-password=Harbour-lights-2025")
@ActiveProfiles("test")
class ConfiguredAdminPasswordTest {

  @Autowired UserAccountDetailsService accounts;
  @Autowired PasswordEncoder passwordEncoder;

  @Test
  void the_configured_password_signs_in_and_is_not_printed(CapturedOutput output) {
    var provider = new DaoAuthenticationProvider(accounts);
    provider.setPasswordEncoder(passwordEncoder);
    var signedIn =
        provider.authenticate(
            UsernamePasswordAuthenticationToken.unauthenticated("admin", "Harbour-lights-2025"));
    assertThat(signedIn.isAuthenticated()).isTrue();
    assertThat(output.getOut())
        .contains("the one in CLAIMDESK_ADMIN_PASSWORD")
        .doesNotContain("Harbour-lights-2025");
  }
}
