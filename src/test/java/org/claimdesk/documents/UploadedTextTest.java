package org.claimdesk.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.claimdesk.shared.UserFacingException;
import org.junit.jupiter.api.Test;

class UploadedTextTest {

  @Test
  void utf8_text_is_read_as_it_is_without_a_byte_order_mark() {
    byte[] file = "\uFEFFGenève: 互联网 ‎שלום said.".getBytes(StandardCharsets.UTF_8);
    assertThat(UploadedText.decode("a.txt", file)).isEqualTo("Genève: 互联网 ‎שלום said.");
  }

  @Test
  void binary_other_encodings_empty_and_huge_files_are_refused_with_a_plain_message() {
    assertThatThrownBy(
            () -> UploadedText.decode("photo.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, 0}))
        .isInstanceOf(UserFacingException.class)
        .hasMessageContaining("'photo.jpg' is not UTF-8 text");
    assertThatThrownBy(
            () -> UploadedText.decode("latin1.txt", "café".getBytes(StandardCharsets.ISO_8859_1)))
        .hasMessageContaining("not UTF-8 text");
    assertThatThrownBy(() -> UploadedText.decode("nul.txt", new byte[] {'a', 0, 'b'}))
        .hasMessageContaining("binary data");
    assertThatThrownBy(() -> UploadedText.decode("empty.txt", new byte[0]))
        .hasMessageContaining("is empty");
    assertThatThrownBy(() -> UploadedText.decode("big.txt", new byte[UploadedText.MAX_BYTES + 1]))
        .hasMessageContaining("files up to");
  }
}
