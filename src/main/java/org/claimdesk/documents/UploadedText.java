package org.claimdesk.documents;

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

  public static String decode(String fileName, byte[] bytes) {
    if (bytes.length == 0) {
      throw new UserFacingException("'" + fileName + "' is empty. Pick the file with the text.");
    }
    if (bytes.length > MAX_BYTES) {
      throw new UserFacingException(
          String.format(
              "'%s' is %,d bytes; files up to %,d bytes are accepted. Split it first.",
              fileName, bytes.length, MAX_BYTES));
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
