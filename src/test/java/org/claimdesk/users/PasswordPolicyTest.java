package org.claimdesk.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.claimdesk.shared.UserFacingException;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

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

  @Test
  void the_limit_is_72_bytes_in_utf8_so_that_bcrypt_hashes_every_accepted_password() {
    String ascii72 = "harbour lights over the bay at dusk ".repeat(2);
    assertThat(ascii72.getBytes(StandardCharsets.UTF_8)).hasSize(72);
    assertThatCode(() -> PasswordPolicy.check("alice", ascii72)).doesNotThrowAnyException();
    PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(ascii72);

    // 40 characters, but 80 bytes: under any character limit, over bcrypt's.
    String accented = "éèêëàâäôöûüçîïœæÿñáíóúéèêëàâäôöûüçîïœæÿő";
    assertThat(accented).hasSize(40);
    assertThatThrownBy(() -> PasswordPolicy.check("alice", accented))
        .isInstanceOf(UserFacingException.class)
        .hasMessageContaining("80 bytes in UTF-8, at most 72");
    assertThatThrownBy(() -> PasswordPolicy.check("alice", ascii72 + "x"))
        .hasMessageContaining("73 bytes");
    assertThat(PasswordPolicy.describe()).contains("72 bytes");
  }

  @Test
  void common_passwords_are_refused_even_dressed_up_with_digits_symbols_and_swapped_letters() {
    for (String weak :
        new String[] {
          "password1234",
          "Password2025!",
          "P@ssw0rd2024!!",
          "qwertyuiop123",
          "123456789012",
          "iloveyou2025",
          "Welcome 2024 !",
          "passwordpassword",
          "monkeymonkeymonkey",
          "aaaaaaaaaaaaaa",
          "abababababababab",
          "Claimdesk2025!"
        }) {
      assertThatThrownBy(() -> PasswordPolicy.check("alice", weak))
          .as(weak)
          .isInstanceOf(UserFacingException.class);
    }
    assertThatCode(() -> PasswordPolicy.check("alice", "Harbour-lights-2025"))
        .doesNotThrowAnyException();
    assertThatCode(() -> PasswordPolicy.check("alice", "tide tram quinoa lamp"))
        .doesNotThrowAnyException();
  }

  @Test
  void the_common_password_list_is_clean() {
    var list = PasswordPolicy.load("common-passwords.txt");
    assertThat(list).hasSizeGreaterThan(200);
    assertThat(list)
        .allSatisfy(
            word -> {
              assertThat(word).isEqualTo(word.strip().toLowerCase(java.util.Locale.ROOT));
              assertThat(word).doesNotContainAnyWhitespaces();
            });
  }
}
