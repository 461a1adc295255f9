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

  /** An endless stream that counts what was read from it. */
  private static final class EndlessUpload extends java.io.InputStream {
    long read;

    @Override
    public int read() {
      read++;
      return 'a';
    }

    @Override
    public int read(byte[] b, int off, int len) {
      java.util.Arrays.fill(b, off, off + len, (byte) 'a');
      read += len;
      return len;
    }
  }

  @Test
  void an_upload_is_cut_off_as_soon_as_it_passes_5_mb_without_reading_the_rest() {
    EndlessUpload endless = new EndlessUpload();
    assertThatThrownBy(() -> UploadedText.read("endless.txt", -1, endless))
        .isInstanceOf(UserFacingException.class)
        .hasMessage(
            "'endless.txt' is over 5,242,880 bytes; files up to 5,242,880 bytes are accepted."
                + " Split it first.");
    assertThat(endless.read).isEqualTo(UploadedText.MAX_BYTES + 1L);
  }

  @Test
  void an_upload_that_says_it_is_too_big_is_refused_before_a_byte_is_read() {
    EndlessUpload endless = new EndlessUpload();
    assertThatThrownBy(() -> UploadedText.read("big.txt", 6_000_000, endless))
        .hasMessage(
            "'big.txt' is 6,000,000 bytes; files up to 5,242,880 bytes are accepted. Split it"
                + " first.");
    assertThat(endless.read).isZero();
  }

  @Test
  void an_upload_of_exactly_5_mb_is_read_whole() throws Exception {
    byte[] file = new byte[UploadedText.MAX_BYTES];
    java.util.Arrays.fill(file, (byte) 'b');
    assertThat(UploadedText.read("five.txt", -1, new java.io.ByteArrayInputStream(file)))
        .hasSize(UploadedText.MAX_BYTES);
  }
}
