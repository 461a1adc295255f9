package org.claimdesk.nlp;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimdesk.nlp.StatementFinder.Found;
import org.claimdesk.nlp.StatementFinder.Statement;

/**
 * Finds who speaks in a document's own voice when that is not the outlet: the body that issues a
 * press release, or the reader who signs a letter. Sentences of the document with no cue of their
 * own are then credited to that author.
 */
final class DocumentVoice {
  private static final Pattern RELEASE_MARKER =
      Pattern.compile(
          "(?im)^\\W*(?:for\\s+)?immediate\\s+release\\b"
              + "|^\\W*(?:press|news|media)\\s+(?:release|statement)\\W*$");

  private static final Pattern LETTER_MARKER =
      Pattern.compile(
          "(?i)\\bto the editor\\b|\\bletters?\\b|\\byour view\\b|\\bop-ed\\b|\\bopinion\\b"
              + "|\\bguest column\\b|\\breaders write\\b");

  private static final Pattern FIRST_PERSON = Pattern.compile("\\b(?:I|my|me|myself)\\b");

  // "Margaret Olsen", "— J. R. Doyle, Riverton": a name alone on its line.
  private static final Pattern SIGNATURE =
      Pattern.compile(
          "^(?:[-—–]\\s*)?((?:[A-Z][a-z’'-]+|[A-Z]\\.)(?:\\s+(?:[A-Z]\\.|[A-Z][a-z’'-]+)){1,3})"
              + "(?:\\s*,.{0,40})?$");

  // A run of capitalised words that may hold "of", "for", "and", "the": "Ministry of Education".
  private static final Pattern CAPITALISED_RUN =
      Pattern.compile("[A-Z][\\w’'&.-]*(?:\\s+(?:(?:of|for|and|the)\\s+)*[A-Z][\\w’'&.-]*)*");

  /** How far after the last statement a signature may stand. */
  private static final int SIGNATURE_REACH = 300;

  /** How far into the document the issuer of a release is looked for. */
  private static final int LEAD_REACH = 800;

  private DocumentVoice() {}

  /** The cue of a press release's own sentences, credited to its issuer. */
  static final String RELEASE_CUE = "issued";

  /** The cue of a letter's own sentences, credited to the reader who signs it. */
  static final String LETTER_CUE = "signed";

  /** Credits the uncued sentences of a press release or a signed letter to its author. */
  static void credit(List<Statement> statements, String text) {
    if (statements.isEmpty()) {
      return;
    }
    Found author = releaseIssuer(statements, text);
    String cue = RELEASE_CUE;
    if (author == null) {
      author = letterSigner(statements, text);
      cue = LETTER_CUE;
    }
    if (author == null) {
      return;
    }
    for (Statement st : statements) {
      if (st.speaker == null && st.cue == null && st.attribution == Attribution.ASSERTION) {
        st.speaker = author;
        st.cue = cue;
      }
    }
  }

  /** The body that issues a document marked as a press release, named in its lead. */
  static Found releaseIssuer(List<Statement> statements, String text) {
    Matcher marker = RELEASE_MARKER.matcher(text);
    if (!marker.find() || marker.start() > LEAD_REACH) {
      return null;
    }
    int leadEnd = Math.min(text.length(), marker.end() + LEAD_REACH);
    for (Statement st : statements) {
      if (st.start() > leadEnd) {
        break;
      }
      if (st.speaker != null && st.speaker.kind() == SpeakerKind.ORGANIZATION) {
        return st.speaker;
      }
    }
    Matcher run = CAPITALISED_RUN.matcher(text).region(0, leadEnd);
    while (run.find()) {
      String name = organizationName(run.group());
      if (name != null) {
        int start = run.start() + run.group().indexOf(name);
        return new Found(name, null, start, start + name.length(), SpeakerKind.ORGANIZATION);
      }
    }
    return null;
  }

  // "The Ministry of Education" gives "Ministry of Education"; a run with no organisation word,
  // or a marker such as "PRESS RELEASE", gives none.
  private static String organizationName(String run) {
    String name = run.startsWith("The ") ? run.substring(4) : run;
    if (name.split("\\s+").length < 2 || name.equals(name.toUpperCase(Locale.ROOT))) {
      return null;
    }
    return Lexicon.hasOrganizationWord(name) ? name : null;
  }

  /** The reader who signs a letter: a name alone on a line after the last sentence. */
  static Found letterSigner(List<Statement> statements, String text) {
    int after = statements.get(statements.size() - 1).end();
    int reach = Math.min(text.length(), after + SIGNATURE_REACH);
    Found signer = null;
    int at = text.indexOf('\n', after);
    while (at >= 0 && at < reach && signer == null) {
      int lineEnd = text.indexOf('\n', at + 1);
      if (lineEnd < 0) {
        lineEnd = text.length();
      }
      String line = text.substring(at + 1, lineEnd).strip();
      Matcher m = SIGNATURE.matcher(line);
      if (m.matches() && isPersonName(m.group(1))) {
        int start = text.indexOf(m.group(1), at + 1);
        signer =
            new Found(m.group(1), null, start, start + m.group(1).length(), SpeakerKind.PERSON);
      }
      at = lineEnd < text.length() ? lineEnd : -1;
    }
    if (signer == null) {
      return null;
    }
    boolean marked = LETTER_MARKER.matcher(text.substring(0, Math.min(text.length(), 400))).find();
    return marked || firstPersonSentences(statements) >= 2 ? signer : null;
  }

  private static boolean isPersonName(String name) {
    for (String word : name.split("\\s+")) {
      String lower = word.toLowerCase(Locale.ROOT);
      if (Lexicon.ORGANIZATION_WORDS.contains(lower)
          || Lexicon.CALENDAR_WORDS.contains(lower)
          || Lexicon.PLACES.contains(lower)) {
        return false;
      }
    }
    return true;
  }

  private static int firstPersonSentences(List<Statement> statements) {
    int count = 0;
    for (Statement st : statements) {
      if (st.speaker == null && st.cue == null && FIRST_PERSON.matcher(st.text).find()) {
        count++;
      }
    }
    return count;
  }
}
