package org.claimdesk.nlp;

import java.util.List;

/**
 * Carries speakers over a whole document once all its paragraphs are read: a paragraph that is all
 * quotation belongs to the speaker quoted before it (or, when the article opens with the quote, the
 * one quoted after it); "the agency" is the body the article names; the opening of a transcript
 * belongs to the speaker of its first answer.
 */
final class QuoteContinuity {
  private QuoteContinuity() {}

  static void carry(List<StatementFinder.Statement> statements, String text) {
    resolveDescriptions(statements, text);
    openTranscript(statements, text);
    for (int i = 0; i < statements.size(); i++) {
      StatementFinder.Statement st = statements.get(i);
      if (st.speaker != null || st.attribution != Attribution.DIRECT_QUOTE) {
        continue;
      }
      StatementFinder.Statement from = quotedSpeaker(statements, i, -1);
      if (from == null) {
        from = quotedSpeaker(statements, i, +1);
      }
      if (from != null) {
        st.speaker = from.speaker;
        st.cue = from.cue;
      }
    }
  }

  // The nearest statement in one direction whose quotation has a named speaker.
  private static StatementFinder.Statement quotedSpeaker(
      List<StatementFinder.Statement> statements, int at, int step) {
    for (int k = at + step; k >= 0 && k < statements.size(); k += step) {
      StatementFinder.Statement other = statements.get(k);
      if (other.speaker != null
          && other.speaker.kind() == SpeakerKind.PERSON
          && other.speaker.name() != null
          && other.attribution != Attribution.ASSERTION) {
        return other;
      }
    }
    return null;
  }

  // "the global health agency said" before or after "The WHO said": the same body.
  private static void resolveDescriptions(List<StatementFinder.Statement> statements, String text) {
    for (int i = 0; i < statements.size(); i++) {
      StatementFinder.Found speaker = statements.get(i).speaker;
      if (speaker == null
          || speaker.kind() != SpeakerKind.ORGANIZATION
          || !isDescription(text.substring(speaker.start(), speaker.end()))) {
        continue;
      }
      String head = head(text.substring(speaker.start(), speaker.end()));
      StatementFinder.Found named = namedBody(statements, i, -1, head, text);
      if (named == null) {
        named = namedBody(statements, i, +1, head, text);
      }
      if (named != null) {
        statements.get(i).speaker =
            new StatementFinder.Found(
                named.name(),
                named.role(),
                speaker.start(),
                speaker.end(),
                SpeakerKind.ORGANIZATION,
                speaker.via());
      }
    }
  }

  private static StatementFinder.Found namedBody(
      List<StatementFinder.Statement> statements, int at, int step, String head, String text) {
    for (int k = at + step; k >= 0 && k < statements.size(); k += step) {
      StatementFinder.Found other = statements.get(k).speaker;
      if (other != null
          && other.kind() == SpeakerKind.ORGANIZATION
          && other.name() != null
          && !isDescription(text.substring(other.start(), other.end()))
          && Character.isUpperCase(other.name().charAt(0))
          && (fits(other.name(), head) || Lexicon.GENERIC_ORGANIZATIONS.contains(head))) {
        return other;
      }
    }
    return null;
  }

  private static boolean fits(String name, String head) {
    return PageLayout.lower(name).contains(head);
  }

  // "the agency", "the global health agency": lower-case words after "the", ending in a body.
  static boolean isDescription(String mention) {
    String lower = PageLayout.lower(mention.strip());
    if (!lower.startsWith("the ") || !mention.substring(4).equals(lower.substring(4))) {
      return false;
    }
    return Lexicon.GENERIC_ORGANIZATIONS.contains(head(mention));
  }

  private static String head(String mention) {
    String[] words = PageLayout.lower(mention.strip()).split("\\s+");
    return words[words.length - 1];
  }

  // A transcript that opens with the speaker's own words ("I am happy to be here") before its
  // first labelled answer: the opening is that speaker's.
  private static void openTranscript(List<StatementFinder.Statement> statements, String text) {
    StatementFinder.Found answer = null;
    int firstTurn = -1;
    for (int i = 0; i < statements.size(); i++) {
      StatementFinder.Statement st = statements.get(i);
      if ("speaking".equals(st.cue)
          && st.speaker != null
          && !"interviewer".equals(st.speaker.role())) {
        answer = st.speaker;
        break;
      }
      if ("speaking".equals(st.cue) && firstTurn < 0) {
        firstTurn = i;
      }
    }
    if (answer == null || statements.isEmpty()) {
      return;
    }
    StatementFinder.Statement opening = statements.get(0);
    String first = PageLayout.lower(opening.sentence.tokens[0]);
    if (opening.speaker != null || !(first.equals("i") || first.equals("we"))) {
      return;
    }
    int end = firstTurn < 0 ? statements.size() : firstTurn;
    for (int i = 0; i < end; i++) {
      StatementFinder.Statement st = statements.get(i);
      if ("speaking".equals(st.cue)) {
        break;
      }
      if (st.speaker == null) {
        st.speaker = answer;
        st.cue = "speaking";
        st.attribution = Attribution.DIRECT_QUOTE;
      }
    }
  }
}
