package org.claimdesk.users;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.claimdesk.shared.UserFacingException;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

  @Test
  void short_passwords_and_passwords_with_the_username_are_refused_with_a_reason() {
    assertThatThrownBy(() -> PasswordPolicy.check("alice", "short"))
        .isInstanceOf(UserFacingException.class)
        .hasMessageContaining("at least 12 characters");
    assertThatThrownBy(() -> PasswordPolicy.check("alice", "alice-is-my-password"))
        .hasMessageContaining("must not contain the username");
    assertThatCode(() -> PasswordPolicy.check("alice", "correct horse battery"))
        .doesNotThrowAnyException();
  }
}
