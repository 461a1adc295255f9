package org.claimdesk.desk.ui;

import org.claimdesk.nlp.SpeakerKind;
import org.jspecify.annotations.Nullable;

/** The one wording of who said a claim, used by the claim page, the reader and the queue. */
public final class SpeakerWording {

  private SpeakerWording() {}

  /** The words for a kind of speaker, e.g. "anonymous sources". */
  public static String label(SpeakerKind kind) {
    return switch (kind) {
      case PERSON -> "person";
      case ORGANIZATION -> "organisation";
      case ANONYMOUS_SOURCES -> "anonymous sources";
      case UNATTRIBUTED_REPORT -> "unattributed report";
      case NONE -> "no speaker";
    };
  }

  /** A claim's speaker: the name with its kind, or the kind alone when nobody is named. */
  public static String of(@Nullable String name, @Nullable SpeakerKind kind) {
    return of(name, null, null, kind);
  }

  /**
   * An appearance's speaker: name and role, the kind unless it is a person, and the words of the
   * text when they differ from the name.
   */
  public static String of(
      @Nullable String name,
      @Nullable String role,
      @Nullable String mention,
      @Nullable SpeakerKind kind) {
    StringBuilder s = new StringBuilder();
    boolean named = name != null && !name.isBlank();
    if (named) {
      s.append(name);
      if (role != null && !role.isBlank()) {
        s.append(", ").append(role);
      }
      if (kind != null && kind != SpeakerKind.PERSON && kind != SpeakerKind.NONE) {
        s.append(" (").append(label(kind)).append(')');
      }
    } else if (kind != null && kind != SpeakerKind.NONE) {
      s.append(label(kind));
    } else {
      return "no speaker (the outlet's own statement)";
    }
    if (mention != null && !mention.isBlank() && !mention.equals(name)) {
      s.append(" (as \"").append(mention).append("\")");
    }
    return s.toString();
  }
}
