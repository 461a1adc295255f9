package org.claimdesk.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import opennlp.tools.util.Span;

/**
 * Finds the statements of one document, sentence by sentence: splits sentences that carry several
 * statements, finds who said each one and how, and carries speakers across sentences (pronouns,
 * surnames, quotations that run over several sentences). Not thread-safe: one per document.
 */
final class StatementFinder {
  /** Sentences longer than this are not prose (tables, minified code) and are not analysed. */
  static final int LONGEST_SENTENCE = 3_000;

  private final String text;
  private final SpeakerRegister register = new SpeakerRegister();
  int skippedSentences;
  private Found announcedSpeaker;
  // The speaker of the last attributed statement, for "also said" and quotes that carry on.
  private Found lastSpeaker;
  private Statement continuingQuote;
  // Statements of the previous paragraph are still open to a signature line that follows them.
  private List<Statement> previousParagraph = List.of();
  private String announcedCue;

  /** A speaker found in cleaned-text offsets; {@code via} names the outlet that relayed it. */
  record Found(String name, String role, int start, int end, SpeakerKind kind, String via) {
    Found(String name, String role, int start, int end, SpeakerKind kind) {
      this(name, role, start, end, kind, null);
    }

    Found via(String outlet) {
      return new Found(name, role, start, end, kind, outlet);
    }
  }

  /** A statement in cleaned-text offsets, before scoring. */
  static final class Statement {
    TaggedSentence sentence;
    int from;
    int to;
    int contentFrom;
    int contentTo;
    String text;
    Found speaker;
    String cue;
    Attribution attribution = Attribution.ASSERTION;

    int start() {
      return sentence.starts[from];
    }

    int end() {
      return sentence.ends[to - 1];
    }

    int contentStart() {
      return sentence.starts[contentFrom];
    }

    int contentEnd() {
      return sentence.ends[contentTo - 1];
    }
  }

  private record Cue(
      int cueFrom,
      int cueTo,
      int subjectFrom,
      int subjectTo,
      int apposFrom,
      int apposTo,
      int contentFrom,
      int contentTo,
      String cue,
      SpeakerKind forcedKind,
      String via) {
    Cue(
        int cueFrom,
        int cueTo,
        int subjectFrom,
        int subjectTo,
        int apposFrom,
        int apposTo,
        int contentFrom,
        int contentTo,
        String cue,
        SpeakerKind forcedKind) {
      this(
          cueFrom,
          cueTo,
          subjectFrom,
          subjectTo,
          apposFrom,
          apposTo,
          contentFrom,
          contentTo,
          cue,
          forcedKind,
          null);
    }

    Cue withVia(String outlet) {
      return new Cue(
          cueFrom,
          cueTo,
          subjectFrom,
          subjectTo,
          apposFrom,
          apposTo,
          contentFrom,
          contentTo,
          cue,
          forcedKind,
          outlet);
    }
  }

  StatementFinder(String text) {
    this.text = text;
  }

  List<Statement> paragraph(PageLayout.Paragraph paragraph, NlpModels.Tools tools) {
    Found announced = announcedSpeaker;
    String announcedBy = announcedCue;
    announcedSpeaker = null;
    String paragraphText = text.substring(paragraph.start(), paragraph.end());
    Span[] sentenceSpans =
        mergeAfterAbbreviations(paragraphText, tools.sentences.sentPosDetect(paragraphText));
    List<Statement> statements = new ArrayList<>();
    List<TaggedSentence> sentences = new ArrayList<>();
    boolean inQuote = false;
    for (Span span : sentenceSpans) {
      int s = paragraph.start() + span.getStart();
      int e = paragraph.start() + span.getEnd();
      if (e - s > LONGEST_SENTENCE) {
        skippedSentences++;
        inQuote = false;
        continue;
      }
      TaggedSentence sentence = tag(s, e, tools, inQuote);
      if (sentence.size() == 0) {
        continue;
      }
      inQuote = sentence.endsInQuote;
      sentences.add(sentence);
      statements.addAll(analyse(sentence));
    }
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
    if (announced != null
        && !statements.isEmpty()
        && statements.get(0).speaker == null
        && statements.get(0).attribution != Attribution.ASSERTION) {
      statements.get(0).speaker = announced;
      statements.get(0).cue = announcedBy;
    }
    creditDashSignatures(statements);
    carryQuotations(statements);
    carryFollowingQuotes(statements);
    previousParagraph = statements;
    Statement last = statements.isEmpty() ? null : statements.get(statements.size() - 1);
    continuingQuote =
        last != null && last.speaker != null && last.sentence.endsInQuote ? last : null;
    if (paragraph.turnSpeaker() != null) {
      Found turn = turnSpeaker(paragraph);
      for (Statement st : statements) {
        if (st.speaker == null || isFirstPerson(st)) {
          st.speaker = turn;
          st.cue = "speaking";
          st.attribution = Attribution.DIRECT_QUOTE;
        }
      }
    }
    return statements;
  }

  private static final java.util.regex.Pattern TITLE_ABBREVIATION =
      java.util.regex.Pattern.compile(
          "(?:^|[\\s(\"“‘])(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Prof|St|Rev|No|Nos|vs|Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\\.$");
  private static final java.util.regex.Pattern QUESTION_QUOTE_END =
      java.util.regex.Pattern.compile("[?!][\"”]$");
  // '"Why not?" Clinton asked.' is one sentence for attribution.
  private static final java.util.regex.Pattern SHORT_ATTRIBUTION =
      java.util.regex.Pattern.compile(
          "^(?:[\\w.'’()-]+"
              + " ){1,6}(?:said|says|asked|asks|told|added|wrote|tweeted|replied|insisted)\\b");
  private static final java.util.regex.Pattern COUNTRY_ABBREVIATION =
      java.util.regex.Pattern.compile("(?:^|[\\s(])(?:U\\.S|U\\.K|U\\.N|E\\.U)\\.$");

  // The sentence model sometimes ends a sentence at "U.S." or "Sen." before a name or title.
  private static Span[] mergeAfterAbbreviations(String text, Span[] spans) {
    if (spans.length < 2) {
      return spans;
    }
    List<Span> merged = new ArrayList<>(spans.length);
    Span current = spans[0];
    for (int i = 1; i < spans.length; i++) {
      Span next = spans[i];
      String tail =
          text.substring(Math.max(current.getStart(), current.getEnd() - 8), current.getEnd());
      int wordEnd = next.getStart();
      while (wordEnd < next.getEnd() && Character.isLetter(text.charAt(wordEnd))) {
        wordEnd++;
      }
      String nextWord = text.substring(next.getStart(), wordEnd);
      boolean join =
          (!nextWord.isEmpty() && Character.isLowerCase(nextWord.charAt(0)))
              || (QUESTION_QUOTE_END
                      .matcher(text.substring(current.getStart(), current.getEnd()))
                      .find()
                  && next.length() < 80
                  && SHORT_ATTRIBUTION
                      .matcher(text.substring(next.getStart(), next.getEnd()))
                      .find())
              || TITLE_ABBREVIATION.matcher(tail).find()
              || (COUNTRY_ABBREVIATION.matcher(tail).find()
                  && !nextWord.isEmpty()
                  && Character.isUpperCase(nextWord.charAt(0))
                  && !Lexicon.SENTENCE_STARTERS.contains(PageLayout.lower(nextWord)));
      if (join) {
        current = new Span(current.getStart(), next.getEnd());
      } else {
        merged.add(current);
        current = next;
      }
    }
    merged.add(current);
    return merged.toArray(Span[]::new);
  }

  private TaggedSentence tag(int start, int end, NlpModels.Tools tools, boolean inQuote) {
    String sentenceText = text.substring(start, end);
    Span[] tokenSpans = tools.tokenizer.tokenizePos(sentenceText);
    String[] tokens = new String[tokenSpans.length];
    int[] starts = new int[tokenSpans.length];
    int[] ends = new int[tokenSpans.length];
    for (int i = 0; i < tokenSpans.length; i++) {
      starts[i] = start + tokenSpans[i].getStart();
      ends[i] = start + tokenSpans[i].getEnd();
      tokens[i] = sentenceText.substring(tokenSpans[i].getStart(), tokenSpans[i].getEnd());
    }
    String[] tags = tokens.length == 0 ? new String[0] : tools.tagger.tag(tokens);
    return new TaggedSentence(start, end, tokens, starts, ends, tags, inQuote);
  }

  private boolean isFirstPerson(Statement st) {
    String mention = text.substring(st.speaker.start(), st.speaker.end());
    return mention.equalsIgnoreCase("I") || mention.equalsIgnoreCase("we");
  }

  // "admitted Monday he was ...": a clause with its own subject follows the weak cue.
  private static boolean clauseFollows(TaggedSentence s, int from, int to) {
    int i = from;
    while (i < to && (Lexicon.CALENDAR_WORDS.contains(s.lower[i]) || s.lower[i].equals("on"))) {
      i++;
    }
    return i + 1 < to
        && (Lexicon.PRONOUN_PERSON.contains(s.lower[i])
            || Lexicon.PRONOUN_GROUP.contains(s.lower[i]))
        && (s.tags[i + 1].equals("VERB") || s.tags[i + 1].equals("AUX"));
  }

  // "Research In Motion reported a sharp drop in profit": a body reporting results or figures.
  private static boolean reportsFigures(TaggedSentence s, int c, int from, int to) {
    String w = s.lower[c];
    if (!(w.startsWith("report") || w.startsWith("post") || w.equals("showed"))
        || (c > 0 && PASSIVE_AUX.contains(s.lower[c - 1]))) {
      return false; // "two deaths were reported" says who reported nothing
    }
    for (int i = from; i < Math.min(to, from + 12); i++) {
      if (s.tags[i].equals("NUM") || Lexicon.RESULT_WORDS.contains(s.lower[i])) {
        return true;
      }
    }
    return false;
  }

  private static boolean continuesSpeaker(TaggedSentence s, int from, int c) {
    for (int i = from; i < c; i++) {
      String w = s.lower[i];
      if (!(w.equals("also")
          || w.equals("further")
          || w.equals("but")
          || w.equals("and")
          || w.equals("later")
          || w.equals(","))) {
        return false;
      }
    }
    return s.lower[c].endsWith("ed") || s.lower[c].equals("said");
  }

  private static final java.util.Set<String> SMALL_WORDS =
      java.util.Set.of("of", "the", "for", "and");

  private Found turnSpeaker(PageLayout.Paragraph p) {
    String raw = p.turnSpeaker();
    StringBuilder name = new StringBuilder();
    for (String part : raw.split(" ")) {
      if (part.isEmpty()) {
        continue;
      }
      if (!name.isEmpty()) {
        name.append(' ');
      }
      String lower = part.toLowerCase(Locale.ROOT);
      if (SMALL_WORDS.contains(lower)) {
        name.append(lower);
      } else {
        name.append(part.charAt(0)).append(lower.substring(1));
      }
    }
    String display = name.toString();
    if (display.equals("Q")
        || display.equalsIgnoreCase("question")
        || display.equalsIgnoreCase("interviewer")
        || display.equalsIgnoreCase("host")) {
      return new Found(display, "interviewer", p.turnStart(), p.turnEnd(), SpeakerKind.PERSON);
    }
    SpeakerRegister.Known known = register.byName(display);
    if (known == null) {
      known = register.register(display, null);
    }
    register.spoke(known);
    return new Found(known.name(), known.role(), p.turnStart(), p.turnEnd(), SpeakerKind.PERSON);
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
      SpeakerRegister.Known known = register.register(text.substring(nameStart, nameEnd), null);
      Found signer = new Found(known.name(), known.role(), nameStart, nameEnd, SpeakerKind.PERSON);
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

  List<Statement> analyse(TaggedSentence s) {
    introduceNames(s);
    int n = s.size();
    List<Statement> out = new ArrayList<>(2);
    int segmentFrom = 0;
    String segmentParticiple = null;
    boolean segmentAfterBut = false;
    Statement previous = null;
    for (int i = 1; i < n - 1; i++) {
      if (s.quoted[i]) {
        continue;
      }
      boolean afterComma =
          s.tokens[i - 1].equals(",")
              || (s.isQuoteMark(i - 1) && i >= 2 && s.tokens[i - 2].equals(","));
      String participle = afterComma ? Lexicon.PARTICIPLES.get(s.lower[i]) : null;
      if (participle != null && (!s.lower[i].equals("pointing") || s.lower[i + 1].equals("out"))) {
        previous = segment(s, segmentFrom, i, segmentParticiple, segmentAfterBut, previous, out);
        segmentFrom = i;
        segmentParticiple = participle;
        segmentAfterBut = false;
      } else if (s.lower[i].equals("and")
          && Lexicon.SECOND_STATEMENT_CUES.contains(s.lower[i + 1])
          && i + 2 < n
          && i > 2
          && findCue(s, segmentFrom, i) != null) {
        // "X described A as B and said C": a second statement by the same speaker.
        previous = segment(s, segmentFrom, i, segmentParticiple, segmentAfterBut, previous, out);
        segmentFrom = i + 1;
        segmentParticiple = s.lower[i + 1];
        segmentAfterBut = false;
      } else if ((afterComma && s.lower[i].equals("but") || s.tokens[i].equals(";"))
          && hasClause(s, i + 1, n)
          && hasClause(s, segmentFrom, i)) {
        previous = segment(s, segmentFrom, i, segmentParticiple, segmentAfterBut, previous, out);
        segmentFrom = i + 1;
        segmentParticiple = null;
        segmentAfterBut = true;
      }
    }
    segment(s, segmentFrom, n, segmentParticiple, segmentAfterBut, previous, out);
    noteSubjects(s);
    return out;
  }

  // A known person acting as a subject ("only Rubio returned") becomes the referent of a later
  // "he";
  // a group opening a sentence ("The unions rejected ...") the referent of a later "they".
  private void noteSubjects(TaggedSentence s) {
    int lead = leadingNounPhrase(s);
    if (lead > 0
        && lead < s.size()
        && (s.tags[lead].equals("VERB") || s.tags[lead].equals("AUX"))
        && s.tags[lead - 1].equals("NOUN")
        && s.lower[lead - 1].endsWith("s")
        && !s.lower[lead - 1].endsWith("ss")) {
      int first = s.lower[0].equals("the") ? 1 : 0;
      if (first < lead) {
        register.spoke(
            new SpeakerRegister.Known(
                text.substring(s.starts[first], s.ends[lead - 1]), null, SpeakerKind.ORGANIZATION));
      }
    }
    for (int i = 0; i < s.size() - 1; i++) {
      // The tagger sometimes calls a surname a verb ("only Rubio/VERB returned"), so go by case.
      if (!s.capitalized(i) || s.quoted[i] || s.tokens[i].length() < 3) {
        continue;
      }
      int next = i + 1;
      while (next < s.size() && s.tags[next].equals("ADV")) {
        next++;
      }
      if (next < s.size() && (s.tags[next].equals("VERB") || s.tags[next].equals("AUX"))) {
        SpeakerRegister.Known known = register.byName(s.tokens[i]);
        if (known != null) {
          register.spoke(known);
        }
      }
    }
  }

  private Statement segment(
      TaggedSentence s,
      int from,
      int to,
      String participle,
      boolean afterBut,
      Statement previous,
      List<Statement> out) {
    while (to > from && (s.tokens[to - 1].equals(",") || s.tokens[to - 1].equals(";"))) {
      to--;
    }
    if (to - from < 2 && participle == null) {
      return previous;
    }
    Statement st = new Statement();
    st.sentence = s;
    st.from = from;
    st.to = to;
    st.contentFrom = from;
    st.contentTo = to;
    if (participle != null) {
      int contentFrom = from + 1;
      if (contentFrom < to && s.lower[contentFrom].equals("out")) {
        contentFrom++;
      }
      if (contentFrom < to && s.lower[contentFrom].equals("that")) {
        contentFrom++;
      }
      if (contentFrom >= to) {
        return previous;
      }
      st.contentFrom = contentFrom;
      st.cue = participle;
      if (previous != null && previous.speaker != null) {
        st.speaker = previous.speaker;
      } else {
        int[] actor = nameBeforeVerb(s, from);
        int subjectTo = leadingNounPhrase(s);
        if (actor != null) {
          st.speaker = resolve(s, actor[0], actor[1], -1, -1);
        } else if (subjectTo > 0) {
          st.speaker = resolve(s, 0, subjectTo, -1, -1);
        }
      }
      String who = st.speaker == null ? null : displayName(st.speaker);
      String rest = text.substring(s.starts[from + 1], st.end());
      st.text = (who == null ? "" : who + " ") + participle + " " + rest;
      if (who == null) {
        st.text = Character.toUpperCase(st.text.charAt(0)) + st.text.substring(1);
      }
    } else {
      Cue cue = findCue(s, from, to);
      if (cue != null) {
        st.cue = cue.cue();
        st.contentFrom = cue.contentFrom();
        st.contentTo = cue.contentTo();
        if (cue.forcedKind() != null) {
          st.speaker =
              new Found(
                  null,
                  null,
                  s.starts[cue.subjectFrom()],
                  s.ends[cue.subjectTo() - 1],
                  cue.forcedKind());
        } else if (cue.subjectFrom() < 0) {
          st.speaker =
              previous != null && previous.speaker != null ? previous.speaker : lastSpeaker;
        } else {
          st.speaker =
              resolve(s, cue.subjectFrom(), cue.subjectTo(), cue.apposFrom(), cue.apposTo());
        }
        if (cue.via() != null && st.speaker != null) {
          st.speaker = st.speaker.via(cue.via());
        }
        relayThroughCitation(s, st, cue, to);
      }
      st.text = text.substring(st.start(), st.end());
    }
    st.attribution = attributionOf(s, st);
    if (st.speaker != null && st.speaker.kind() != SpeakerKind.UNATTRIBUTED_REPORT) {
      lastSpeaker = st.speaker;
    }
    out.add(st);
    return st;
  }

  // "Minister, your counterpart Mr. Smith made statements today, claiming ...": the name acting in
  // the clause before the participle, not a vocative opening the sentence.
  private static int[] nameBeforeVerb(TaggedSentence s, int before) {
    for (int v = before - 1; v > 0; v--) {
      if (!(s.tags[v].equals("VERB") || s.tags[v].equals("AUX")) || s.capitalized(v)) {
        continue;
      }
      int end = v;
      int start = end;
      while (start > 0 && isNameToken(s, start - 1)) {
        start--;
      }
      if (start < end) {
        return new int[] {start, end};
      }
    }
    return null;
  }

  private String displayName(Found speaker) {
    String mention = text.substring(speaker.start(), speaker.end());
    if (speaker.name() == null || speaker.name().contains(mention)) {
      return mention; // "Rubio noted", as the article calls him
    }
    return speaker.name(); // not "He noted" or "Harbour master Ingrid Solberg noted"
  }

  private static Attribution attributionOf(TaggedSentence s, Statement st) {
    int words = 0;
    int quoted = 0;
    for (int i = st.contentFrom; i < st.contentTo; i++) {
      if (!s.isPunctuation(i)) {
        words++;
        if (s.quoted[i]) {
          quoted++;
        }
      }
    }
    if (words > 0 && quoted == words) {
      return Attribution.DIRECT_QUOTE;
    }
    if (quoted > 0) {
      return Attribution.PARTIAL_QUOTE;
    }
    return st.cue == null ? Attribution.ASSERTION : Attribution.INDIRECT;
  }

  private static boolean hasClause(TaggedSentence s, int from, int to) {
    if (to - from < 3) {
      return false;
    }
    boolean subject = false;
    for (int i = from; i < to; i++) {
      String tag = s.tags[i];
      if (tag.equals("NOUN") || tag.equals("PROPN") || tag.equals("PRON")) {
        subject = true;
      } else if (subject && (tag.equals("VERB") || tag.equals("AUX"))) {
        return true;
      }
    }
    return false;
  }

  private static int leadingNounPhrase(TaggedSentence s) {
    int i = 0;
    while (i < s.size() && i < 10) {
      String tag = s.tags[i];
      if (tag.equals("DET")
          || tag.equals("ADJ")
          || tag.equals("NOUN")
          || tag.equals("PROPN")
          || tag.equals("NUM")
          || tag.equals("CCONJ")
          || tag.equals("PRON") && i == 0) {
        i++;
      } else {
        break;
      }
    }
    return i;
  }

  private Cue findCue(TaggedSentence s, int from, int to) {
    for (int c = from; c < to; c++) {
      if (s.quoted[c] || s.isQuoteMark(c)) {
        continue;
      }
      String w = s.lower[c];
      if (w.equals("according") && c + 1 < to && s.lower[c + 1].equals("to")) {
        Cue cue = accordingTo(s, from, to, c);
        if (cue != null) {
          return cue;
        }
        continue;
      }
      if (w.equals("quoted") && c > from && PASSIVE_AUX.contains(s.lower[c - 1])) {
        Cue cue = passiveQuote(s, from, to, c);
        if (cue != null) {
          return cue;
        }
        continue;
      }
      if (!Lexicon.CUES.contains(w)
          || !(s.tags[c].equals("VERB") || s.tags[c].equals("AUX") || unmistakableCue(s, c))
          || isNounUse(s, from, c)) {
        continue;
      }
      Cue cue = verbCue(s, from, to, c);
      if (cue != null) {
        return toldAgency(s, cue, to);
      }
    }
    for (int c = from; c < to; c++) {
      if (s.lower[c].equals("reportedly")) {
        return new Cue(
            c, c + 1, c, c + 1, -1, -1, from, to, "reportedly", SpeakerKind.UNATTRIBUTED_REPORT);
      }
    }
    return null;
  }

  private static final java.util.Set<String> PASSIVE_AUX =
      java.util.Set.of("was", "were", "is", "are", "been", "being");
  private static final java.util.Set<String> REPORT_NOUN_MODIFIERS =
      java.util.Set.of("media", "news", "press", "local", "state", "earlier", "some", "these");

  // "media reports suggested": "reports" is a noun there; "in what the police described as": a
  // relative clause, not the sentence's attribution.
  private static boolean isNounUse(TaggedSentence s, int from, int c) {
    if (c > from && REPORT_NOUN_MODIFIERS.contains(s.lower[c - 1]) && s.lower[c].endsWith("s")) {
      return true;
    }
    for (int i = c - 1; i >= from && i >= c - 4; i--) {
      if (s.lower[i].equals("what") || s.lower[i].equals("whom")) {
        return true;
      }
      if (s.isPunctuation(i)) {
        break;
      }
    }
    return false;
  }

  // '"...," he was quoted as saying by the state-run radio service' and 'X was quoted by TGRT as
  // saying': the speaker is the subject, the outlet that quoted them is the via.
  private Cue passiveQuote(TaggedSentence s, int from, int to, int c) {
    int[] subject = subjectLeft(s, from, c - 1);
    if (subject == null) {
      return null;
    }
    int saying = -1;
    int viaFrom = -1;
    int viaTo = -1;
    for (int i = c + 1; i < to && i < c + 16; i++) {
      if (s.lower[i].equals("saying") && s.lower[i - 1].equals("as")) {
        saying = i;
      } else if (s.lower[i].equals("by") && viaFrom < 0) {
        viaFrom = i + 1;
        viaTo = viaFrom;
        while (viaTo < to && !s.isPunctuation(viaTo) && !s.lower[viaTo].equals("as")) {
          viaTo++;
        }
      }
    }
    if (saying < 0) {
      return null;
    }
    String via = null;
    if (viaFrom >= 0 && viaTo > viaFrom) {
      via = text.substring(s.starts[viaFrom], s.ends[viaTo - 1]);
      if (PageLayout.lower(via).startsWith("the ")) {
        via = via.substring(4);
      }
    }
    int subjectFrom = subject[0];
    int contentFrom;
    int contentTo;
    if (subjectFrom - from >= 2) {
      contentFrom = from;
      contentTo = s.tokens[subjectFrom - 1].equals(",") ? subjectFrom - 1 : subjectFrom;
      if (contentTo > from && s.tokens[contentTo - 1].equals(",")) {
        contentTo--;
      }
    } else {
      contentFrom = Math.max(saying, viaTo) + 1;
      if (contentFrom < to && s.lower[contentFrom].equals("that")) {
        contentFrom++;
      }
      contentTo = to;
    }
    if (contentTo <= contentFrom) {
      return null;
    }
    return new Cue(
        c - 1,
        saying + 1,
        subject[0],
        subject[1],
        subject[2],
        subject[3],
        contentFrom,
        contentTo,
        "quoted as saying",
        null,
        via);
  }

  // "told Reuters": the agency the statement reached the article through.
  private Cue toldAgency(TaggedSentence s, Cue cue, int to) {
    String w = s.lower[cue.cueFrom()];
    if (!(w.equals("told") || w.equals("tells") || w.equals("tell")) || cue.cueTo() >= to) {
      return cue;
    }
    int i = cue.cueFrom() + 1;
    for (String agency : Lexicon.NEWS_AGENCIES) {
      if (agency.equalsIgnoreCase(s.tokens[i])
          || (i + 1 < to && agency.equalsIgnoreCase(s.tokens[i] + " " + s.tokens[i + 1]))) {
        return cue.withVia(agency);
      }
    }
    return cue;
  }

  // "the newspaper said, citing a person familiar with the matter": the cited source is the
  // speaker, the newspaper the outlet it came through.
  private void relayThroughCitation(TaggedSentence s, Statement st, Cue cue, int to) {
    if (st.speaker == null) {
      return;
    }
    for (int i = cue.cueTo(); i + 1 < to; i++) {
      if (!s.lower[i].equals("citing") || !s.tokens[i - 1].equals(",")) {
        continue;
      }
      int npTo = i + 1;
      while (npTo < to && !s.isPunctuation(npTo) && npTo - i < 12) {
        npTo++;
      }
      if (npTo == i + 1) {
        return;
      }
      String outlet = displayName(st.speaker);
      Found cited = resolve(s, i + 1, npTo, -1, -1);
      st.speaker = cited.via(outlet);
      if (st.contentTo > i - 1 && st.contentFrom < i - 1) {
        st.contentTo = i - 1;
      }
      return;
    }
  }

  // The tagger now and then calls "said" a noun; some forms are never anything but reporting verbs.
  private static boolean unmistakableCue(TaggedSentence s, int c) {
    String w = s.lower[c];
    return (w.equals("said")
            || w.equals("told")
            || w.equals("says")
            || w.equals("tells")
            || w.equals("wrote")
            || w.equals("added")
            || w.equals("stressed")
            || w.equals("insisted")
            || w.equals("explained")
            || w.equals("tweeted")
            || w.equals("argued")
            || w.equals("warned"))
        && c > 0
        && !s.tags[c - 1].equals("DET");
  }

  private Cue accordingTo(TaggedSentence s, int from, int to, int c) {
    int speakerFrom = c + 2;
    int speakerTo = speakerFrom;
    while (speakerTo < to
        && !s.tokens[speakerTo].equals(",")
        && !s.isPunctuation(speakerTo)
        && speakerTo - speakerFrom < 12) {
      speakerTo++;
    }
    if (speakerTo == speakerFrom) {
      return null;
    }
    int contentFrom;
    int contentTo;
    if (c - from <= 1) {
      contentFrom = speakerTo < to && s.tokens[speakerTo].equals(",") ? speakerTo + 1 : speakerTo;
      contentTo = to;
    } else {
      contentFrom = from;
      contentTo = s.tokens[c - 1].equals(",") ? c - 1 : c;
    }
    if (contentTo <= contentFrom) {
      return null;
    }
    return new Cue(
        c, c + 2, speakerFrom, speakerTo, -1, -1, contentFrom, contentTo, "according to", null);
  }

  private Cue verbCue(TaggedSentence s, int from, int to, int c) {
    String w = s.lower[c];
    int cueTo = c + 1;
    StringBuilder cueText = new StringBuilder(s.tokens[c]);
    if ((w.equals("told") || w.equals("tells") || w.equals("tell")) && cueTo < to) {
      if (s.lower[cueTo].equals("reporters") || s.lower[cueTo].equals("journalists")) {
        cueText.append(' ').append(s.tokens[cueTo]);
        cueTo++;
      } else if (cueTo + 1 < to
          && s.lower[cueTo].equals("the")
          && s.lower[cueTo + 1].equals("press")) {
        cueText.append(" the press");
        cueTo += 2;
      }
    }
    int that = -1;
    int k = cueTo;
    for (; k < Math.min(to, cueTo + 8); k++) {
      if (s.lower[k].equals("that")) {
        that = k;
        break;
      }
      if (s.tokens[k].equals(",") || s.isQuoteMark(k) || s.tokens[k].equals(":")) {
        break;
      }
    }
    // "said on social media that", "said in a statement that": part of the cue.
    String between = that > cueTo ? joined(s, cueTo, that) : "";
    if (between.startsWith("on social media")
        || between.startsWith("in a statement")
        || between.startsWith("in an interview")
        || between.startsWith("on twitter")
        || between.startsWith("on x")
        || between.startsWith("on facebook")) {
      cueText.append(' ').append(between);
    }
    int[] subject = subjectLeft(s, from, c);
    if (subject == null && continuesSpeaker(s, from, c) && cueTo < to) {
      // "..., but added that B" or "also said B": the speaker of the clause before.
      int contentFrom = that >= 0 ? that + 1 : cueTo;
      while (contentFrom < to
          && (s.tokens[contentFrom].equals(":") || s.tokens[contentFrom].equals(","))) {
        contentFrom++;
      }
      if (contentFrom < to - 1) {
        return new Cue(c, cueTo, -1, -1, -1, -1, contentFrom, to, cueText.toString(), null);
      }
    }
    if (subject != null
        && subject[0] == from + 1
        && Lexicon.SUBORDINATORS.contains(s.lower[from])
        && hasCommaAfter(s, cueTo, to)) {
      return null; // "Although X told reporters ..., Y returned": the main clause is not X's
    }
    if (subject != null) {
      int subjectFrom = subject[0];
      boolean afterBoundary =
          subjectFrom > from
              && (s.tokens[subjectFrom - 1].equals(",") || s.isQuoteMark(subjectFrom - 1));
      // '"...," he said on Friday, as ...' reports what came before; 'Trump says he is ...' what
      // follows.
      int wordsAfter = 0;
      boolean clauseAfter = false;
      for (int i = cueTo; i < to && !s.tokens[i].equals(","); i++) {
        if (!s.isPunctuation(i)) {
          wordsAfter++;
          clauseAfter |=
              s.tags[i].equals("VERB") || s.tags[i].equals("AUX") || s.tags[i].equals("PRON");
        }
      }
      boolean clauseBefore =
          s.isQuoteMark(subjectFrom - 1 < 0 ? 0 : subjectFrom - 1) || hasVerb(s, from, subjectFrom);
      if (subjectFrom - from >= 3
          && afterBoundary
          && that < 0
          && wordsAfter <= 7
          && !clauseAfter
          && clauseBefore) {
        int contentTo = s.tokens[subjectFrom - 1].equals(",") ? subjectFrom - 1 : subjectFrom;
        if (contentTo > from && s.tokens[contentTo - 1].equals(",")) {
          contentTo--;
        }
        return new Cue(
            c,
            cueTo,
            subject[0],
            subject[1],
            subject[2],
            subject[3],
            from,
            contentTo,
            cueText.toString(),
            null);
      }
      if (Lexicon.WEAK_CUES.contains(w)
          && that < 0
          && !clauseFollows(s, cueTo, to)
          && !reportsFigures(s, c, cueTo, to)) {
        return null;
      }
      int contentFrom = that >= 0 ? that + 1 : cueTo;
      while (contentFrom < to
          && (s.tokens[contentFrom].equals(":") || s.tokens[contentFrom].equals(","))) {
        contentFrom++;
      }
      if (contentFrom >= to - 1 && !(contentFrom < to && !s.isPunctuation(contentFrom))) {
        if (cueTo < s.size() && s.tokens[s.size() - 1].equals(":")) {
          // "He said:" at the end of a paragraph introduces the quotation in the next one.
          announcedSpeaker = resolve(s, subject[0], subject[1], subject[2], subject[3]);
          announcedCue = cueText.toString();
        }
        return null;
      }
      return new Cue(
          c,
          cueTo,
          subject[0],
          subject[1],
          subject[2],
          subject[3],
          contentFrom,
          to,
          cueText.toString(),
          null);
    }
    // Inverted order: '"...," said Smith.'
    if (c > from + 2
        && Lexicon.INVERTIBLE_CUES.contains(w)
        && (s.tokens[c - 1].equals(",") || s.isQuoteMark(c - 1))) {
      int e = c + 1;
      while (e < to
          && e - c < 8
          && (s.tags[e].equals("PROPN")
              || s.tags[e].equals("NOUN")
              || s.tags[e].equals("DET")
              || s.tags[e].equals("ADJ"))) {
        e++;
      }
      if (e > c + 1) {
        int contentTo = s.tokens[c - 1].equals(",") ? c - 1 : c;
        if (contentTo > from && s.tokens[contentTo - 1].equals(",")) {
          contentTo--;
        }
        int apposFrom = -1;
        int apposTo = -1;
        if (e < to && s.tokens[e].equals(",")) {
          apposFrom = e + 1;
          apposTo = apposFrom;
          while (apposTo < to && !s.isPunctuation(apposTo)) {
            apposTo++;
          }
          if (apposTo == apposFrom) {
            apposFrom = apposTo = -1;
          }
        }
        return new Cue(c, c + 1, c + 1, e, apposFrom, apposTo, from, contentTo, s.tokens[c], null);
      }
    }
    return null;
  }

  private static boolean hasCommaAfter(TaggedSentence s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (s.tokens[i].equals(",") && !s.quoted[i]) {
        return true;
      }
    }
    return false;
  }

  private static String joined(TaggedSentence s, int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int i = from; i < to; i++) {
      if (!b.isEmpty()) {
        b.append(' ');
      }
      b.append(s.lower[i]);
    }
    return b.toString();
  }

  /**
   * {subjectFrom, subjectTo, apposFrom, apposTo}, or null when the cue has no subject to its left.
   */
  private static int[] subjectLeft(TaggedSentence s, int from, int c) {
    int k = c - 1;
    while (k >= from) {
      if (s.tags[k].equals("ADV") || s.tags[k].equals("AUX") || s.lower[k].equals("not")) {
        k--;
      } else if (Lexicon.CALENDAR_WORDS.contains(s.lower[k])) {
        // "Fukuda on Monday said": the day is no part of the subject.
        k--;
        if (k >= from && (s.lower[k].equals("on") || s.lower[k].equals("last"))) {
          k--;
        }
      } else if (k - 2 > from
          && s.tokens[k].equals(",")
          && s.tags[k - 1].equals("ADV")
          && s.tokens[k - 2].equals(",")) {
        k -= 3; // "He, however, said"
      } else {
        break;
      }
    }
    if (k < from) {
      return null;
    }
    // "Rep. Gwen Moore (D-Wis.) said": the party and state do not end the name.
    int parenthesisEnd = -1;
    if (s.tokens[k].equals(")")) {
      int open = k - 1;
      while (open > from && !s.tokens[open].equals("(") && k - open < 8) {
        open--;
      }
      if (open > from && s.tokens[open].equals("(")) {
        parenthesisEnd = k + 1;
        k = open - 1;
      }
    }
    if (s.tags[k].equals("PRON")) {
      String w = s.lower[k];
      if (Lexicon.PRONOUN_PERSON.contains(w)
          || Lexicon.PRONOUN_GROUP.contains(w)
          || w.equals("i")) {
        return new int[] {k, k + 1, -1, -1};
      }
      return null;
    }
    if (s.tokens[k].equals(",")) {
      int p = k - 1;
      while (p > from && !s.tokens[p].equals(",") && k - p < 45) {
        p--;
      }
      // "The state's campaign chairman, Phil Lovas, said": the name sits between the commas.
      if (p > from && s.tokens[p].equals(",") && k - p > 1 && k - p <= 5 && allNames(s, p + 1, k)) {
        int roleFrom = nounPhraseStart(s, from, p);
        if (roleFrom < p && (roleFrom == from || s.isPunctuation(roleFrom - 1))) {
          return new int[] {p + 1, k, roleFrom, p};
        }
      }
      // "Scott Pruitt, the attorney general of Oklahoma, one of the states suing, said": go back
      // over a second appositive.
      if (p > from && s.tokens[p].equals(",") && k - p > 1) {
        int q = p - 1;
        while (q > from && !s.tokens[q].equals(",") && p - q < 45) {
          q--;
        }
        if (q > from && s.tokens[q].equals(",") && s.tags[q + 1].equals("DET")
            || q > from && s.tokens[q].equals(",") && s.tags[q + 1].equals("NOUN")) {
          int npFrom = nounPhraseStart(s, from, q);
          if (npFrom < q
              && s.tags[q - 1].equals("PROPN")
              && (npFrom == from || s.isPunctuation(npFrom - 1))) {
            return new int[] {npFrom, q, q + 1, p};
          }
        }
      }
      if (p > from && s.tokens[p].equals(",") && k - p > 1) {
        int npFrom = nounPhraseStart(s, from, p);
        boolean named = false;
        for (int i = npFrom; i < p; i++) {
          named |=
              s.tags[i].equals("PROPN")
                  || (s.capitalized(i) && !Lexicon.REAL_PRONOUNS.contains(s.lower[i]));
        }
        String apposTag = s.tags[p + 1];
        // "Trump, speaking to a veterans group, said" or "The company, which employs 40 people,
        // said": a participle or relative clause is no role.
        boolean relative = s.lower[p + 1].equals("who") || s.lower[p + 1].equals("which");
        if (npFrom < p
            && (named || relative)
            && (relative || apposTag.equals("VERB") && s.lower[p + 1].endsWith("ing"))
            && (npFrom == from || s.isPunctuation(npFrom - 1))) {
          return new int[] {npFrom, p, -1, -1};
        }
        if (npFrom < p && named && apposTag.equals("NUM") && k - p == 2) {
          return new int[] {npFrom, p, -1, -1}; // "Mr. King, 82, told me": an age, not a role
        }
        if (npFrom < p
            && named
            && (npFrom == from || s.isPunctuation(npFrom - 1) || s.tags[npFrom - 1].equals("SCONJ"))
            && (apposTag.equals("DET")
                || apposTag.equals("NOUN")
                || apposTag.equals("ADJ")
                || apposTag.equals("PROPN"))) {
          return new int[] {npFrom, p, p + 1, k};
        }
      }
      return null;
    }
    int npFrom = nounPhraseStart(s, from, k + 1);
    if (npFrom > k) {
      return null;
    }
    if (parenthesisEnd > 0 && s.tags[k].equals("PROPN")) {
      return new int[] {npFrom, k + 1, -1, -1};
    }
    boolean nominal = false;
    for (int i = npFrom; i <= k; i++) {
      nominal |=
          s.isNominal(i)
              || (i == 0 && s.capitalized(i) && !Lexicon.REAL_PRONOUNS.contains(s.lower[i]));
    }
    return nominal ? new int[] {npFrom, k + 1, -1, -1} : null;
  }

  private static boolean hasVerb(TaggedSentence s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (s.tags[i].equals("VERB") || s.tags[i].equals("AUX") || s.quoted[i]) {
        return true;
      }
    }
    return false;
  }

  private static boolean allNames(TaggedSentence s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!s.capitalized(i) || s.isPunctuation(i) && !s.tokens[i].equals(".")) {
        return false;
      }
    }
    return true;
  }

  private static int nounPhraseStart(TaggedSentence s, int from, int end) {
    int j = end - 1;
    while (j >= from && end - j <= 14) {
      String tag = s.tags[j];
      String w = s.lower[j];
      boolean keep =
          tag.equals("PROPN")
              || tag.equals("NOUN")
              || tag.equals("ADJ")
              || tag.equals("DET")
              || tag.equals("NUM")
              || (s.capitalized(j) && Lexicon.ROLE_WORDS.contains(w))
              || (s.capitalized(j)
                  && j > from
                  && (tag.equals("VERB") || tag.equals("X") || tag.equals("INTJ")))
              || (w.equals(".")
                  && j > from
                  && s.capitalized(j - 1)
                  && s.tokens[j - 1].length() <= 4)
              || (tag.equals("PART") && (w.equals("'s") || w.equals("’s")))
              || (tag.equals("CCONJ") && (w.equals("and") || w.equals("&")))
              || (tag.equals("PRON")
                  && (w.equals("his")
                      || w.equals("her")
                      || w.equals("their")
                      || w.equals("its")
                      || w.equals("our")))
              || (tag.equals("ADP")
                  && j > from
                  && (w.equals("of")
                      || w.equals("with")
                      || w.equals("for")
                      || w.equals("at")
                      || w.equals("in")
                      || w.equals("to")
                      || w.equals("from")
                      || w.equals("on"))
                  && (s.tags[j - 1].equals("NOUN")
                      || s.tags[j - 1].equals("PROPN")
                      || s.tags[j - 1].equals("ADJ")));
      // The tagger may call a capitalised first word a verb ("Harbour/VERB master Solberg said").
      keep |=
          j == 0
              && s.capitalized(j)
              && !tag.equals("PUNCT")
              && !tag.equals("SCONJ")
              && !tag.equals("ADP")
              && !Lexicon.REAL_PRONOUNS.contains(w)
              && !tag.equals("ADV")
              && !tag.equals("CCONJ");
      if (!keep) {
        break;
      }
      j--;
    }
    int start = j + 1;
    while (start < end && (s.tags[start].equals("ADP") || s.tags[start].equals("CCONJ"))) {
      start++;
    }
    return start;
  }

  /** Resolves a subject to a speaker, registering people met for the first time. */
  private Found resolve(TaggedSentence s, int from, int to, int apposFrom, int apposTo) {
    int start = s.starts[from];
    int end = s.ends[to - 1];
    String mention = text.substring(start, end);
    String lowerMention = PageLayout.lower(mention);
    if (to - from == 1 && s.tags[from].equals("PRON")) {
      SpeakerRegister.Known known;
      SpeakerKind kind;
      if (Lexicon.PRONOUN_PERSON.contains(lowerMention) || lowerMention.equals("i")) {
        known = lowerMention.equals("i") ? null : register.lastPerson();
        kind = SpeakerKind.PERSON;
      } else {
        known = register.lastGroup();
        kind = SpeakerKind.ORGANIZATION;
      }
      return known == null
          ? new Found(null, null, start, end, kind)
          : new Found(known.name(), known.role(), start, end, known.kind());
    }
    boolean anonymous = false;
    boolean organization = false;
    boolean group = false;
    boolean hasAnd = false;
    for (int i = from; i < to; i++) {
      String w = s.lower[i];
      anonymous |=
          w.startsWith("source")
              || w.startsWith("insider")
              || w.equals("unnamed")
              || w.equals("anonymous")
              || w.equals("familiar");
      organization |=
          Lexicon.ORGANIZATION_WORDS.contains(w)
              || (s.tokens[i].length() >= 2
                  && s.tokens[i].length() <= 6
                  && isAcronym(s.tokens[i])
                  && !Lexicon.ROLE_WORDS.contains(w));
      hasAnd |= w.equals("and");
    }
    String head = s.lower[to - 1];
    for (int i = from + 1; i < to; i++) {
      if (s.tags[i].equals("ADP")) {
        head = s.lower[i - 1]; // "officials in Madrid" is about officials
        break;
      }
    }
    group =
        Lexicon.GROUP_NOUNS.contains(head)
            || (s.tags[to - 1].equals("NOUN") && head.endsWith("s") && !head.endsWith("ss"))
            || (hasAnd && !s.tags[to - 1].equals("PROPN"));
    // "a senior official", "two diplomats", "some officials": unnamed people are anonymous sources.
    anonymous |=
        Lexicon.UNNAMED_QUANTIFIERS.contains(s.lower[from])
            && Lexicon.UNNAMED_PEOPLE.contains(s.lower[to - 1]);
    // "some say", "others scoff": people the text does not name.
    anonymous |= to - from == 1 && Lexicon.UNNAMED_QUANTIFIERS.contains(s.lower[from]);
    // "officials said", "first responders said": people the text does not name.
    anonymous |= Lexicon.UNNAMED_PEOPLE.contains(head) && !hasProperName(s, from, to);
    if (anonymous) {
      return new Found(null, null, start, end, SpeakerKind.ANONYMOUS_SOURCES);
    }
    if (head.equals("reports") || head.equals("report") || lowerMention.contains("media reports")) {
      return new Found(null, null, start, end, SpeakerKind.UNATTRIBUTED_REPORT);
    }
    int nameFrom = to;
    while (nameFrom > from && isNameToken(s, nameFrom - 1)) {
      nameFrom--;
    }
    if (nameFrom < to && !organization && !group) {
      String name = text.substring(s.starts[nameFrom], end);
      String role = nameFrom > from ? roleText(s, from, nameFrom) : null;
      if (role == null && apposFrom >= 0) {
        role = text.substring(s.starts[apposFrom], s.ends[apposTo - 1]);
      }
      if (to - nameFrom == 1) {
        SpeakerRegister.Known known = register.byName(name);
        if (known != null) {
          if (role != null && known.role() == null) {
            known = register.register(known.name(), role);
          }
          register.spoke(known);
          return new Found(known.name(), known.role(), start, end, SpeakerKind.PERSON);
        }
        if (Lexicon.PLACES.contains(PageLayout.lower(name))) {
          return organizationFound(name, start, end);
        }
      }
      SpeakerRegister.Known known = register.register(name, role);
      register.spoke(known);
      return new Found(known.name(), known.role(), start, end, SpeakerKind.PERSON);
    }
    if (!organization && !group && s.tags[from].equals("DET") && to - from <= 3) {
      SpeakerRegister.Known known = register.byRole(head);
      if (known != null) {
        register.spoke(known);
        return new Found(known.name(), known.role(), start, end, SpeakerKind.PERSON);
      }
      if (Lexicon.ROLE_WORDS.contains(head)) {
        return new Found(null, s.tokens[to - 1], start, end, SpeakerKind.PERSON);
      }
    }
    String name = mention;
    if (lowerMention.startsWith("the ")) {
      name = mention.substring(4);
    }
    return organizationFound(name, start, end);
  }

  private static boolean hasProperName(TaggedSentence s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (s.capitalized(i)
          && !(i == 0 && Lexicon.UNNAMED_PEOPLE.contains(s.lower[i]))
          && !(i == 0 && (s.tags[i].equals("DET") || s.tags[i].equals("NOUN")))) {
        return true;
      }
    }
    return false;
  }

  // "Russia's Foreign Ministry" is the Russian Foreign Ministry, as a later "the ministry" is.
  static String withDemonym(String name) {
    int apostrophe = name.indexOf("'s ");
    if (apostrophe < 0) {
      apostrophe = name.indexOf("’s ");
    }
    if (apostrophe <= 0) {
      return name;
    }
    String adjective = Lexicon.DEMONYMS.get(PageLayout.lower(name.substring(0, apostrophe)));
    if (adjective == null) {
      return name;
    }
    return Character.toUpperCase(adjective.charAt(0))
        + adjective.substring(1)
        + " "
        + name.substring(apostrophe + 3);
  }

  private Found organizationFound(String written, int start, int end) {
    String name = withDemonym(written);
    if (isAcronym(name)) {
      // "RIM" after "Research In Motion": the initials of a body named before.
      SpeakerRegister.Known full = register.organizationWithInitials(name);
      if (full != null) {
        name = full.name();
      }
    } else {
      register.organization(name);
    }
    register.spoke(new SpeakerRegister.Known(name, null, SpeakerKind.ORGANIZATION));
    return new Found(name, null, start, end, SpeakerKind.ORGANIZATION);
  }

  private static boolean isAcronym(String token) {
    int upper = 0;
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (Character.isUpperCase(c)) {
        upper++;
      } else if (c != '.') {
        return false;
      }
    }
    return upper >= 2;
  }

  private static boolean isNameToken(TaggedSentence s, int i) {
    String w = s.lower[i];
    String tag = s.tags[i];
    if (Lexicon.CALENDAR_WORDS.contains(w) || (tag.equals("VERB") && w.endsWith("ing"))) {
      return false; // "Monday", "Tapping Goldman Sachs"
    }
    return s.capitalized(i)
        && (tag.equals("PROPN")
            || tag.equals("NOUN")
            || tag.equals("X")
            || tag.equals("ADJ")
            || tag.equals("VERB")) // "Donald Trump/VERB says"
        && !Lexicon.ROLE_WORDS.contains(w)
        && !Lexicon.ORGANIZATION_WORDS.contains(w)
        && !isAcronym(s.tokens[i]);
  }

  private String roleText(TaggedSentence s, int from, int nameFrom) {
    int roleFrom = from;
    while (roleFrom < nameFrom
        && (s.lower[roleFrom].equals("the") || Lexicon.HONORIFICS.contains(s.lower[roleFrom]))) {
      roleFrom++;
    }
    if (roleFrom >= nameFrom) {
      return null;
    }
    int roleTo = nameFrom;
    while (roleTo > roleFrom && s.tokens[roleTo - 1].equals(",")) {
      roleTo--;
    }
    return roleTo > roleFrom ? text.substring(s.starts[roleFrom], s.ends[roleTo - 1]) : null;
  }

  // Introduces people named with a title or an appositive even when they say nothing in this
  // sentence, so that a later "Yermak said" finds "Andriy Yermak, head of the ... Office".
  private void introduceNames(TaggedSentence s) {
    int n = s.size();
    int i = 0;
    while (i < n) {
      if (!isNameToken(s, i) || !s.tags[i].equals("PROPN")) {
        i++;
        continue;
      }
      int runFrom = i;
      // The tagger is unsure of rare surnames ("Okafor"), so any capitalised name-like word
      // continues.
      while (i < n && isNameToken(s, i)) {
        i++;
      }
      int runTo = i;
      if (runTo - runFrom < 2
          || runTo - runFrom > 4
          || mentionsPlace(s, runFrom, runTo)
          || (runTo < n && Lexicon.ORGANIZATION_WORDS.contains(s.lower[runTo]))) {
        continue;
      }
      String role = null;
      int r = runFrom;
      while (r > 0
          && (s.capitalized(r - 1) || s.lower[r - 1].equals("of"))
          && !s.isPunctuation(r - 1)) {
        r--;
      }
      while (r < runFrom && s.lower[r].equals("of")) {
        r++;
      }
      if (r < runFrom && containsRoleWord(s, r, runFrom)) {
        role = roleText(s, r, runFrom);
      } else if (runTo + 1 < n
          && s.tokens[runTo].equals(",")
          && (s.tags[runTo + 1].equals("DET") || s.tags[runTo + 1].equals("NOUN"))
          && Lexicon.ROLE_WORDS.contains(firstNounAfter(s, runTo + 1))) {
        int e = runTo + 1;
        while (e < n && !s.isPunctuation(e)) {
          e++;
        }
        role = text.substring(s.starts[runTo + 1], s.ends[e - 1]);
      }
      if (role != null) {
        SpeakerRegister.Known known =
            register.register(text.substring(s.starts[runFrom], s.ends[runTo - 1]), role);
        if (r == 0 || runFrom == 0) {
          register.spoke(known); // the person opening the sentence is its subject, the next "she"
        }
      }
    }
  }

  private static String firstNounAfter(TaggedSentence s, int from) {
    for (int i = from; i < Math.min(s.size(), from + 3); i++) {
      if (s.tags[i].equals("NOUN")) {
        return s.lower[i];
      }
    }
    return "";
  }

  private static boolean containsRoleWord(TaggedSentence s, int from, int to) {
    for (int i = from; i < to; i++) {
      String w = s.lower[i];
      if (Lexicon.ROLE_WORDS.contains(w)
          && !w.equals("of")
          && !w.equals("the")
          && !w.equals("and")
          && !w.equals("u.s.")
          && !w.equals("us")) {
        return true;
      }
    }
    return false;
  }

  private static boolean mentionsPlace(TaggedSentence s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Lexicon.PLACES.contains(s.lower[i])) {
        return true;
      }
    }
    return false;
  }
}
