package org.claimdesk.nlp;

import java.util.Locale;

/**
 * Writes a statement so that it stands on its own: the speaker's resolved name instead of "he" or
 * "the minister", one reporting frame ("X said ..."), and for unnamed sources and unattributed
 * reports the content alone.
 */
final class ClaimText {
  private ClaimText() {}

  private static final java.util.regex.Pattern FIRST_PERSON =
      java.util.regex.Pattern.compile("\\b(?:I|[Ww]e|[Oo]ur|[Uu]s|[Mm]y|[Mm]e)\\b");

  // Verbs whose object is not a clause ("described the talks as ...") keep their own frame.
  private static final java.util.Set<String> OBJECT_VERBS =
      java.util.Set.of("described", "describes", "called", "calls", "denied", "denies");

  /**
   * @param content what was stated, without speaker and cue, as it stands in the text
   * @param speaker the speaker's name as the claim should give it, or null
   * @param kind the speaker's kind (NONE or null for the outlet's own voice)
   * @param attribution how the content was reported
   * @param cue the reporting verb as written ("added", "described"), or null
   * @param via the outlet that relayed the statement, or null
   */
  static String of(
      String content,
      String speaker,
      SpeakerKind kind,
      Attribution attribution,
      String cue,
      String via) {
    String body = tidy(content);
    if (body.isEmpty()) {
      return body;
    }
    boolean named =
        speaker != null
            && !speaker.isBlank()
            && kind != null
            && (kind == SpeakerKind.PERSON || kind == SpeakerKind.ORGANIZATION);
    if (!named) {
      return sentence(capitalised(body));
    }
    boolean letter = DocumentVoice.LETTER_CUE.equals(cue);
    if (letter || (DocumentVoice.RELEASE_CUE.equals(cue) && FIRST_PERSON.matcher(body).find())) {
      // The document's own words in the first person ("I have lived here ..."): quoted.
      String frame = letter ? " wrote: “" : " said in a statement: “";
      return capitalised(speaker.strip()) + frame + withoutEndPunctuation(body) + "”.";
    }
    // "vowed to close the channels": a promise keeps its verb, "said to close" would misread it.
    boolean promise = cue != null && body.regionMatches(true, 0, "to ", 0, 3);
    String verb =
        cue != null && (promise || OBJECT_VERBS.contains(PageLayout.lower(cue))) ? cue : "said";
    StringBuilder claim = new StringBuilder(capitalised(speaker.strip())).append(' ').append(verb);
    if (via != null && !via.isBlank()) {
      claim.append(" (as reported by ").append(via.strip()).append(')');
    }
    if (attribution == Attribution.DIRECT_QUOTE && !startsWithQuote(body)) {
      claim.append(": “").append(withoutEndPunctuation(body)).append("”");
      return claim.append('.').toString();
    }
    if (attribution == Attribution.DIRECT_QUOTE) {
      claim.append(':');
    }
    return sentence(claim.append(' ').append(lowerFirstIfCommonWord(body)).toString());
  }

  // Quotation marks that only close or open a quotation cut off by the sentence split stay out.
  private static String tidy(String content) {
    String s = content.strip();
    while (!s.isEmpty() && ",;:—–-".indexOf(s.charAt(s.length() - 1)) >= 0) {
      s = s.substring(0, s.length() - 1).strip();
    }
    while (!s.isEmpty() && ",;:".indexOf(s.charAt(0)) >= 0) {
      s = s.substring(1).strip();
    }
    if (s.regionMatches(true, 0, "that ", 0, 5)) {
      s = s.substring(5).strip();
    }
    s = s.replaceAll("\\s+", " ");
    // '"made progress,"' at the end of a cut-off sentence: the comma belongs to the lost frame.
    if (s.length() > 2
        && s.charAt(s.length() - 2) == ','
        && "\"”’".indexOf(s.charAt(s.length() - 1)) >= 0) {
      s = s.substring(0, s.length() - 2) + s.charAt(s.length() - 1);
    }
    return s;
  }

  private static boolean startsWithQuote(String s) {
    char c = s.charAt(0);
    return c == '"' || c == '“' || c == '‘' || c == '\'';
  }

  private static String withoutEndPunctuation(String s) {
    String t = s;
    while (!t.isEmpty() && ".!?,;:\"”’".indexOf(t.charAt(t.length() - 1)) >= 0) {
      t = t.substring(0, t.length() - 1);
    }
    return t.isEmpty() ? s : t;
  }

  private static String sentence(String s) {
    char last = s.charAt(s.length() - 1);
    if (".!?…".indexOf(last) >= 0) {
      return s;
    }
    if ((last == '"' || last == '”' || last == '’')
        && s.length() > 1
        && ".!?".indexOf(s.charAt(s.length() - 2)) >= 0) {
      return s;
    }
    return s + ".";
  }

  private static String capitalised(String s) {
    int first = 0;
    while (first < s.length() && !Character.isLetterOrDigit(s.charAt(first))) {
      first++;
    }
    if (first >= s.length() || !Character.isLowerCase(s.charAt(first))) {
      return s;
    }
    return s.substring(0, first) + Character.toUpperCase(s.charAt(first)) + s.substring(first + 1);
  }

  // "The talks made progress" after "said" reads "said the talks made progress"; names keep case.
  private static String lowerFirstIfCommonWord(String s) {
    int space = s.indexOf(' ');
    String first = space < 0 ? s : s.substring(0, space);
    String lower = first.toLowerCase(Locale.ROOT);
    if (first.length() > 1
        && Character.isUpperCase(first.charAt(0))
        && first.substring(1).equals(lower.substring(1))
        && (Lexicon.SENTENCE_STARTERS.contains(lower)
            || Lexicon.SUBORDINATORS.contains(lower)
            || Lexicon.REAL_PRONOUNS.contains(lower))
        && !lower.equals("i")) {
      return lower + s.substring(first.length());
    }
    return s;
  }
}
