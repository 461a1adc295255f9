package org.claimdesk.nlp;

import java.util.Objects;

/**
 * The source of a statement: its name as first introduced (null when the text never names it), its
 * role or title, the mention as written at this item with offsets into the original input, and
 * {@code via}, the outlet or agency the statement reached the article through ("Yonhap", "state
 * media"), or null when the speaker told the article directly.
 */
public record Speaker(
    String name, String role, String mention, int start, int end, SpeakerKind kind, String via) {
  public Speaker {
    Objects.requireNonNull(mention, "mention");
    Objects.requireNonNull(kind, "kind");
    new TextSpan(start, end);
  }

  /** A speaker heard directly, not through another outlet. */
  public Speaker(String name, String role, String mention, int start, int end, SpeakerKind kind) {
    this(name, role, mention, start, end, kind, null);
  }
}
