package org.claimdesk.nlp;

import java.util.ArrayList;
import java.util.List;
import org.claimdesk.nlp.StatementFinder.Found;
import org.claimdesk.nlp.StatementFinder.Statement;

/**
 * Carries speakers over a whole document once all its paragraphs are read: a paragraph that is all
 * quotation belongs to the speaker quoted before it (or, when the article opens with the quote, the
 * one quoted after it); "the agency" is the body the article names; the opening of a transcript
 * belongs to the speaker of its first answer.
 */
final class QuoteContinuity {
  private final String text;
  private final SpeakerResolver speakers;
  private Statement continuingQuote;
  // Statements of the previous paragraph are still open to a signature line that follows them.
  private List<Statement> previousParagraph = List.of();

  QuoteContinuity(String text, SpeakerResolver speakers) {
    this.text = text;
    this.speakers = speakers;
  }

  /**
   * Carries speakers within a paragraph just read: quotations over several sentences, a quotation
   * reopened from the last paragraph, a speaker announced by "He said:", dash signatures.
   */
  void closeParagraph(List<Statement> statements, Found announced, String announcedBy) {
    // A quotation running over paragraphs is not closed at the end of each: the next paragraph
    // reopens it, and its speaker stays the same.
    if (announced == null && continuingQuote != null && !statements.isEmpty()) {
      Statement first = statements.get(0);
      if (first.speaker == null
          && first.attribution == Attribution.DIRECT_QUOTE
          && first.sentence.isQuoteMark(0)) {
        first.speaker = continuingQuote.speaker;
        first.cue = continuingQuote.cue;
      }
    }
    // "Jane Doe of the Courier writes:" announces the paragraph after it, every sentence of it up
    // to one with a speaker of its own.
    if (announced != null) {
      for (Statement st : statements) {
        if (st.speaker != null) {
          break;
        }
        st.speaker = announced;
        st.cue = announcedBy;
        if (st.attribution == Attribution.ASSERTION) {
          st.attribution = Attribution.DIRECT_QUOTE;
        }
      }
    }
    creditDashSignatures(statements);
    // '"A," said Mathe.' then a paragraph that is all quotation: the same speaker goes on.
    if (announced == null && !statements.isEmpty() && !previousParagraph.isEmpty()) {
      Statement first = statements.get(0);
      Statement before = previousParagraph.get(previousParagraph.size() - 1);
      if (first.speaker == null
          && first.cue == null
          && first.attribution == Attribution.DIRECT_QUOTE
          && first.sentence.isQuoteMark(0)
          && before.speaker != null
          && !"signed".equals(before.cue) // reader voices each signed below their own
          && before.speaker.kind() != SpeakerKind.UNATTRIBUTED_REPORT
          && (before.attribution == Attribution.DIRECT_QUOTE
              || before.attribution == Attribution.PARTIAL_QUOTE)) {
        inherit(first, before);
      }
    }
    carryQuotations(statements);
    carryFollowingQuotes(statements);
    previousParagraph = statements;
    Statement last = statements.isEmpty() ? null : statements.get(statements.size() - 1);
    continuingQuote =
        last != null && last.speaker != null && last.sentence.endsInQuote ? last : null;
  }

  // A quotation that runs over several sentences keeps the speaker named in one of them.
  private static void carryQuotations(List<Statement> statements) {
    for (int i = 1; i < statements.size(); i++) {
      Statement st = statements.get(i);
      Statement previous = statements.get(i - 1);
      if (st.speaker == null
          && st.sentence.startsInQuote
          && previous.speaker != null
          && previous.sentence != st.sentence
          && previous.sentence.endsInQuote) {
        inherit(st, previous);
      }
    }
    for (int i = statements.size() - 2; i >= 0; i--) {
      Statement st = statements.get(i);
      Statement next = statements.get(i + 1);
      if (st.speaker == null
          && st.sentence.endsInQuote
          && next.speaker != null
          && next.sentence != st.sentence
          && next.sentence.startsInQuote) {
        inherit(st, next);
      }
    }
  }

  private static final java.util.regex.Pattern DASH_SIGNATURE =
      java.util.regex.Pattern.compile(
          "(?:^|[\"”]\\s*)[―—–]\\s*([A-Z][\\w.'’-]*(?:\\s+[A-Z][\\w.'’-]*){0,3})\\s*\\.?$");

  private static boolean hasDash(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '―' || c == '—' || c == '–') {
        return true;
      }
    }
    return false;
  }

  // '"..." ― Jane Doe': a quotation signed with a dash after it, as in collected reader voices.
  private void creditDashSignatures(List<Statement> statements) {
    for (int i = 0; i < statements.size(); i++) {
      Statement st = statements.get(i);
      if (st.speaker != null || st.text.length() > 2_000 || !hasDash(st.text)) {
        continue;
      }
      java.util.regex.Matcher m = DASH_SIGNATURE.matcher(st.text);
      if (!m.find()) {
        continue;
      }
      int nameStart = st.start() + m.start(1);
      int nameEnd = st.start() + m.end(1);
      Found signer = speakers.person(nameStart, nameEnd);
      boolean signatureOnly = m.start() == 0;
      if (signatureOnly) {
        statements.remove(i);
        i--;
      } else {
        st.speaker = signer;
        st.cue = "signed";
      }
      List<Statement> before = new ArrayList<>(previousParagraph);
      before.addAll(statements.subList(0, i + 1));
      for (int k = before.size() - 1; k >= 0; k--) {
        Statement earlier = before.get(k);
        if (earlier.speaker != null && earlier.speaker != signer
            || earlier.attribution == Attribution.ASSERTION) {
          break;
        }
        earlier.speaker = signer;
        earlier.cue = "signed";
      }
    }
  }

  // '"A," Solberg said. "B."': a sentence that is all quotation continues the last speaker.
  private static void carryFollowingQuotes(List<Statement> statements) {
    for (int i = 1; i < statements.size(); i++) {
      Statement st = statements.get(i);
      Statement previous = statements.get(i - 1);
      if (st.speaker == null
          && st.cue == null
          && st.attribution == Attribution.DIRECT_QUOTE
          && previous.speaker != null
          && previous.attribution != Attribution.ASSERTION) {
        inherit(st, previous);
      }
    }
  }

  private static void inherit(Statement st, Statement from) {
    st.speaker = from.speaker;
    st.cue = from.cue;
    st.attribution = Attribution.DIRECT_QUOTE;
  }

  static void carryAcrossDocument(List<Statement> statements, String text) {
    resolveDescriptions(statements, text);
    resolveRoles(statements);
    openTranscript(statements, text);
    for (int i = 0; i < statements.size(); i++) {
      Statement st = statements.get(i);
      if (st.speaker != null || st.attribution != Attribution.DIRECT_QUOTE) {
        continue;
      }
      Statement from = quotedSpeaker(statements, i, -1);
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
  private static Statement quotedSpeaker(List<Statement> statements, int at, int step) {
    for (int k = at + step; k >= 0 && k < statements.size(); k += step) {
      Statement other = statements.get(k);
      if (other.speaker != null
          && other.speaker.kind() == SpeakerKind.PERSON
          && other.speaker.name() != null
          && other.attribution != Attribution.ASSERTION) {
        return other;
      }
    }
    return null;
  }

  // "a Chinese Foreign Ministry spokesman said" before "spokesman Guo Jiakun": the person whose
  // role ends in the same word, nearest first, earlier before later.
  private static void resolveRoles(List<Statement> statements) {
    for (int i = 0; i < statements.size(); i++) {
      Found speaker = statements.get(i).speaker;
      if (speaker == null
          || speaker.kind() != SpeakerKind.PERSON
          || speaker.name() != null
          || speaker.role() == null) {
        continue;
      }
      String[] words = PageLayout.lower(speaker.role()).split("\\s+");
      String head = words[words.length - 1];
      Found named = null;
      for (int step : new int[] {-1, 1}) {
        for (int k = i + step; named == null && k >= 0 && k < statements.size(); k += step) {
          Found other = statements.get(k).speaker;
          if (other != null
              && other.kind() == SpeakerKind.PERSON
              && other.name() != null
              && other.role() != null
              && PageLayout.lower(other.role()).contains(head)) {
            named = other;
          }
        }
      }
      if (named != null) {
        statements.get(i).speaker =
            new Found(
                named.name(),
                named.role(),
                speaker.start(),
                speaker.end(),
                SpeakerKind.PERSON,
                speaker.via());
      }
    }
  }

  // "the global health agency said" before or after "The WHO said": the same body.
  private static void resolveDescriptions(List<Statement> statements, String text) {
    for (int i = 0; i < statements.size(); i++) {
      Found speaker = statements.get(i).speaker;
      if (speaker == null
          || speaker.kind() != SpeakerKind.ORGANIZATION
          || !isDescription(text.substring(speaker.start(), speaker.end()))
          || resolvedToName(speaker)) {
        continue;
      }
      String mention = text.substring(speaker.start(), speaker.end());
      Found named = namedBody(statements, i, -1, mention, text);
      if (named == null) {
        named = namedBody(statements, i, +1, mention, text);
      }
      if (named != null) {
        statements.get(i).speaker =
            new Found(
                named.name(),
                named.role(),
                speaker.start(),
                speaker.end(),
                SpeakerKind.ORGANIZATION,
                speaker.via());
      }
    }
  }

  // The resolver already found the body the description stands for ("the company" = Apple).
  private static boolean resolvedToName(Found speaker) {
    return speaker.name() != null && Character.isUpperCase(speaker.name().charAt(0));
  }

  private static Found namedBody(
      List<Statement> statements, int at, int step, String mention, String text) {
    String head = head(mention);
    for (int k = at + step; k >= 0 && k < statements.size(); k += step) {
      Found other = statements.get(k).speaker;
      if (other != null
          && other.kind() == SpeakerKind.ORGANIZATION
          && other.name() != null
          && !isDescription(text.substring(other.start(), other.end()))
          && Character.isUpperCase(other.name().charAt(0))
          && (fits(other.name(), head) || Lexicon.GENERIC_ORGANIZATIONS.contains(head))
          && modifiersFit(mention, other.name())) {
        return other;
      }
    }
    return null;
  }

  /**
   * Whether each telling word of a description is in the name: "the health ministry" is not the
   * Chinese Foreign Ministry, "the foreign ministry" is.
   */
  static boolean modifiersFit(String mention, String name) {
    String[] words = PageLayout.lower(mention.strip()).split("\\s+");
    if (!Lexicon.OFFICE_HEADS.contains(words[words.length - 1])) {
      return true; // "the oil giant" after BP: a business's description, not its name
    }
    if (name.strip().chars().noneMatch(Character::isLowerCase)) {
      return true; // "the global health agency" after "WHO": initials tell nothing
    }
    String lowerName = PageLayout.lower(name);
    for (int i = words[0].equals("the") ? 1 : 0; i < words.length - 1; i++) {
      if (!Lexicon.LOOSE_MODIFIERS.contains(words[i]) && !lowerName.contains(words[i])) {
        return false;
      }
    }
    return true;
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
  private static void openTranscript(List<Statement> statements, String text) {
    Found answer = null;
    int firstTurn = -1;
    for (int i = 0; i < statements.size(); i++) {
      Statement st = statements.get(i);
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
    Statement opening = statements.get(0);
    String first = PageLayout.lower(opening.sentence.tokens[0]);
    if (opening.speaker != null || !(first.equals("i") || first.equals("we"))) {
      return;
    }
    int end = firstTurn < 0 ? statements.size() : firstTurn;
    for (int i = 0; i < end; i++) {
      Statement st = statements.get(i);
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
