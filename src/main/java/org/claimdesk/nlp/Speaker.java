package org.claimdesk.nlp;

import java.util.Objects;

/**
 * The source of a statement: its name as first introduced (null when the text never names it), its
 * role or title, and the mention as written at this item with offsets into the original input.
 */
public record Speaker(
    String name, String role, String mention, int start, int end, SpeakerKind kind) {
  public Speaker {
    Objects.requireNonNull(mention, "mention");
    Objects.requireNonNull(kind, "kind");
    new TextSpan(start, end);
  }
}
