package org.claimdesk.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.claimdesk.ClaimDeskApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** A CLAIMDESK_ADMIN_PASSWORD that the policy refuses stops the start with one plain line. */
class RefusedAdminPasswordTest {

  @Test
  void a_password_over_72_bytes_stops_the_first_start_with_a_one_line_reason() {
    Throwable failure =
        catchThrowable(
            () ->
                new SpringApplicationBuilder(ClaimDeskApplication.class)
                    .profiles("test")
                    .web(WebApplicationType.SERVLET)
                    .run(
                        "--server.port=0",
                        "--claimdesk.admin-password=" + "Überprüfungsschlüssel-".repeat(4))
                    .close());
    Throwable cause = failure;
    while (cause != null && !(cause instanceof AdminPasswordRefusedException)) {
      cause = cause.getCause();
    }
    assertThat(cause).as("the cause of %s", failure).isNotNull();
    assertThat(cause.getMessage())
        .startsWith("CLAIMDESK_ADMIN_PASSWORD is refused: The password is too long")
        .contains("at most 72")
        .doesNotContain("\n")
        .doesNotContain("Überprüfungsschlüssel");
  }
}
