package org.claimdesk.transfer;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/**
 * Reads a file line by line as bytes and decodes each line on its own, so that one line of binary
 * junk is reported as that line and the lines around it are still read.
 */
final class Lines {

  private Lines() {}

  /** Hands over each line (1-based) as text, or null when it is not UTF-8. */
  static void read(Path file, BiConsumer<Integer, @Nullable String> sink) throws IOException {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream(4096);
      int number = 0;
      int b;
      boolean any = false;
      while ((b = in.read()) != -1) {
        any = true;
        if (b == '\n') {
          sink.accept(++number, decode(line.toByteArray()));
          line.reset();
          any = false;
        } else {
          line.write(b);
        }
      }
      if (any) {
        sink.accept(++number, decode(line.toByteArray()));
      }
    }
  }

  static @Nullable String decode(byte[] bytes) {
    int start =
        bytes.length >= 3
                && (bytes[0] & 0xff) == 0xef
                && (bytes[1] & 0xff) == 0xbb
                && (bytes[2] & 0xff) == 0xbf
            ? 3
            : 0;
    int end = bytes.length;
    if (end > start && bytes[end - 1] == '\r') {
      end--;
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      return decoder.decode(ByteBuffer.wrap(bytes, start, end - start)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
