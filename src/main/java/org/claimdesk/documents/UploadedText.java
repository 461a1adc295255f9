package org.claimdesk.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.claimdesk.shared.UserFacingException;

/** Turns an uploaded file into text, refusing what is not UTF-8 text with a plain message. */
public final class UploadedText {

  /** The largest file accepted: a long transcript is well under a megabyte. */
  public static final int MAX_BYTES = 5 * 1024 * 1024;

  private UploadedText() {}

  /**
   * Reads an upload as it streams in and stops as soon as it passes {@link #MAX_BYTES}, so that a
   * huge or endless body never sits in memory; {@code declaredSize} (negative when unknown) lets a
   * file that says it is too big be refused before a byte is read.
   */
  public static String read(String fileName, long declaredSize, InputStream in) throws IOException {
    if (declaredSize > MAX_BYTES) {
      throw tooBig(fileName, declaredSize);
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(8192);
    byte[] buffer = new byte[8192];
    int total = 0;
    for (int n; (n = in.read(buffer, 0, Math.min(buffer.length, MAX_BYTES + 1 - total))) > 0; ) {
      bytes.write(buffer, 0, n);
      total += n;
      if (total > MAX_BYTES) {
        throw tooBig(fileName, declaredSize > 0 ? declaredSize : -1);
      }
    }
    return decode(fileName, bytes.toByteArray());
  }

  private static UserFacingException tooBig(String fileName, long size) {
    return new UserFacingException(
        size > 0
            ? String.format(
                "'%s' is %,d bytes; files up to %,d bytes are accepted. Split it first.",
                fileName, size, MAX_BYTES)
            : String.format(
                "'%s' is over %,d bytes; files up to %,d bytes are accepted. Split it first.",
                fileName, MAX_BYTES, MAX_BYTES));
  }

  public static String decode(String fileName, byte[] bytes) {
    if (bytes.length == 0) {
      throw new UserFacingException("'" + fileName + "' is empty. Pick the file with the text.");
    }
    if (bytes.length > MAX_BYTES) {
      throw tooBig(fileName, bytes.length);
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      throw new UserFacingException(
          "'"
              + fileName
              + "' is not UTF-8 text (a binary file, or another encoding). Save it as UTF-8"
              + " text or HTML and upload it again.");
    }
    if (text.indexOf('\0') >= 0) {
      throw new UserFacingException(
          "'" + fileName + "' contains binary data. Upload a text or HTML file.");
    }
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }
}
