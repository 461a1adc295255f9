package org.claimdesk.nlp;

import java.util.Set;

/**
 * Finds the reporting cue of a run of tokens ("said", "according to", "was quoted as saying") and
 * the token ranges of its subject and content. A pure function of the sentence: it registers nobody
 * and keeps no state between calls.
 */
final class CueFinder {
  private final String text;

  CueFinder(String text) {
    this.text = text;
  }

  /** Tokens [from, to) of a sentence. */
  record TokenRange(int from, int to) {
    TokenRange {
      if (from < 0 || to < from) {
        throw new IllegalArgumentException("bad token range " + from + ".." + to);
      }
    }
  }

  /** A cue's subject and the appositive beside it ("Phil Lovas", "the state's chairman"). */
  record Subject(TokenRange name, TokenRange appositive) {
    Subject(int from, int to, int apposFrom, int apposTo) {
      this(new TokenRange(from, to), apposFrom < 0 ? null : new TokenRange(apposFrom, apposTo));
    }

    int from() {
      return name.from();
    }

    int to() {
      return name.to();
    }

    int apposFrom() {
      return appositive == null ? -1 : appositive.from();
    }

    int apposTo() {
      return appositive == null ? -1 : appositive.to();
    }
  }

  /**
   * The subject of a sentence that ends in "He said:", which introduces the quotation of the next
   * paragraph, or null.
   */
  Subject announcement(TaggedSentence s) {
    int n = s.size();
    if (n < 3 || !s.tokens[n - 1].equals(":")) {
      return null;
    }
    int c = n - 2;
    if (!Lexicon.CUES.contains(s.lower[c]) || s.quoted[c]) {
      return null;
    }
    return subjectLeft(s, 0, c);
  }

  record Cue(
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

  // "admitted Monday he was ...": a clause with its own subject follows the weak cue.
  private static boolean clauseFollows(TaggedSentence s, int from, int to) {
    int i = from;
    while (i < to && (Lexicon.CALENDAR_WORDS.contains(s.lower[i]) || s.lower[i].equals("on"))) {
      i++;
    }
    if (i + 1 < to
        && (Lexicon.PRONOUN_PERSON.contains(s.lower[i])
            || Lexicon.PRONOUN_GROUP.contains(s.lower[i]))
        && (s.tags[i + 1].equals("VERB") || s.tags[i + 1].equals("AUX"))) {
      return true;
    }
    // "believed the next generation refresh "will likely be ...": a noun phrase, then its verb.
    int np = i;
    if (np < to && s.tags[np].equals("DET")) {
      np++;
    }
    int head = np;
    while (np < to
        && np - head < 5
        && !s.isPunctuation(np)
        && (s.tags[np].equals("NOUN") || s.tags[np].equals("PROPN") || s.tags[np].equals("ADJ"))) {
      np++;
    }
    if (np == head || np >= to) {
      return false;
    }
    while (np < to - 1 && s.isQuoteMark(np)) {
      np++;
    }
    return s.tags[np].equals("AUX") && !s.lower[np].equals("to");
  }

  // "Investors expressed concern Yahoo was unlikely to ...": a stance and what it is about.
  private static boolean expressesStance(TaggedSentence s, int c, int from, int to) {
    return s.lower[c].startsWith("express")
        && from < to
        && Lexicon.STANCE_NOUNS.contains(s.lower[from])
        && (from + 1 < to && s.lower[from + 1].equals("that") || clauseFollows(s, from + 1, to));
  }

  // "Research In Motion reported a sharp drop in profit", "Yahoo forecast revenue of $1.2 billion":
  // a body reporting or forecasting results or figures.
  private static boolean reportsFigures(TaggedSentence s, int c, int from, int to) {
    String w = s.lower[c];
    if (!(w.startsWith("report")
            || w.startsWith("post")
            || w.equals("showed")
            || Lexicon.FORECAST_VERBS.contains(w))
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

  private static final Set<String> ASKED_FRAMES =
      Set.of("about", "whether", "if", "by", "to", "why", "how", "what", "on", "for", "at");

  /** The first reporting cue of tokens [from, to), or null. */
  Cue find(TaggedSentence s, int from, int to) {
    for (int c = from; c < to; c++) {
      if (s.quoted[c] || s.isQuoteMark(c)) {
        continue;
      }
      String w = s.lower[c];
      if (c == from && w.equals("asked") && c + 1 < to && ASKED_FRAMES.contains(s.lower[c + 1])) {
        continue; // "Asked about Cruz's charges, Rubio said": the question, not its answer's cue
      }
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
      if (w.equals("quoted") || w.equals("quotes")) {
        Cue cue = activeQuote(s, from, to, c);
        if (cue != null) {
          return cue;
        }
      }
      if (reportNounCue(s, from, to, c) != null) {
        return reportNounCue(s, from, to, c);
      }
      Cue published = publishedCue(s, from, to, c);
      if (published != null) {
        return published;
      }
      if (Lexicon.CUES.contains(w) && c + 1 < to && s.lower[c + 1].equals("by")) {
        Cue cue = passiveBy(s, from, to, c);
        if (cue != null) {
          return cue;
        }
      }
      if (!Lexicon.CUES.contains(w)
          || !(s.tags[c].equals("VERB") || s.tags[c].equals("AUX") || unmistakableCue(s, c))
          || isNounUse(s, from, c)) {
        continue;
      }
      if (passiveWithoutAgent(s, from, to, c)) {
        continue; // "is often described as one of the most dangerous": nobody says it here
      }
      if (c >= from + 3
          && s.lower[c - 1].equals("to")
          && s.lower[c - 2].equals("on")
          && s.lower[c - 3].startsWith("went")) {
        // "He went on to say that ...": the cue is the infinitive, the subject the goer's.
        Subject subject = subjectLeft(s, from, c - 3);
        if (subject != null && c + 2 < to) {
          int contentFrom = s.lower[c + 1].equals("that") ? c + 2 : c + 1;
          return subjectCue(c - 3, c + 1, subject, contentFrom, to, "went on to " + s.tokens[c]);
        }
      }
      Cue cue = verbCue(s, from, to, c);
      if (cue != null) {
        Cue closing = closingInversion(s, from, to, c);
        return toldAgency(s, closing != null ? closing : cue, to);
      }
    }
    Cue stance = stanceCue(s, from, to);
    if (stance != null) {
      return stance;
    }
    for (int c = from; c < to; c++) {
      if (s.lower[c].equals("reportedly") || s.lower[c].equals("allegedly")) {
        return new Cue(
            c, c + 1, c, c + 1, -1, -1, from, to, s.lower[c], SpeakerKind.UNATTRIBUTED_REPORT);
      }
    }
    return null;
  }

  // "The port is often described as ...", "the fire was reported at noon": a passive cue without
  // "by" reports nothing its subject said.
  private static boolean passiveWithoutAgent(TaggedSentence s, int from, int to, int c) {
    int k = c - 1;
    while (k >= from && s.tags[k].equals("ADV")) {
      k--;
    }
    String w = s.lower[c];
    return k >= from
        && PASSIVE_AUX.contains(s.lower[k])
        && (w.endsWith("ed") || w.equals("told") || w.equals("said"))
        && !(c + 1 < to && s.lower[c + 1].equals("by"));
  }

  // "Analysts had expected sales to slow", "Some experts fear a second wave": a stance verb whose
  // subject is unnamed people reports their view. Only when the sentence has no other cue.
  private static Cue stanceCue(TaggedSentence s, int from, int to) {
    for (int c = from + 1; c < to - 2; c++) {
      if (s.quoted[c]
          || !Lexicon.STANCE_CUES.contains(s.lower[c])
          || !s.tags[c].equals("VERB")
          || PASSIVE_AUX.contains(s.lower[c - 1])) {
        continue;
      }
      Subject subject = subjectLeft(s, from, c);
      // "RIM expects to earn": a forecast is the view of whoever expects it, named or not.
      boolean forecast = s.lower[c].startsWith("expect");
      if (subject == null
          || !(forecast || unnamedPeople(s, subject.from(), subject.to()))
          || s.lower[c + 1].equals("of")
          || s.lower[c + 1].equals("by")) {
        continue;
      }
      int contentFrom = c + 1;
      if (s.lower[contentFrom].equals("that")) {
        contentFrom++;
      }
      return new Cue(
          c, c + 1, subject.from(), subject.to(), -1, -1, contentFrom, to, s.tokens[c], null);
    }
    return null;
  }

  /** "Analysts", "some experts", "other economists": unnamed people, with no name among them. */
  private static boolean unnamedPeople(TaggedSentence s, int from, int to) {
    if (!Lexicon.UNNAMED_PEOPLE.contains(s.lower[to - 1])) {
      return false;
    }
    for (int i = from; i < to - 1; i++) {
      if (s.tags[i].equals("PROPN") || s.capitalized(i) && i > 0) {
        return false;
      }
    }
    return true;
  }

  // "Apple also declared a dividend, said corporate sources.": the closing "said X" attributes the
  // whole sentence, and its own verb ("declared") is what was said.
  private Cue closingInversion(TaggedSentence s, int from, int to, int first) {
    int end = to;
    while (end > first && s.isPunctuation(end - 1)) {
      end--;
    }
    for (int c = end - 2; c > first + 1 && c >= end - 7; c--) {
      if (!s.tokens[c - 1].equals(",") || !Lexicon.INVERTIBLE_CUES.contains(s.lower[c])) {
        continue;
      }
      for (int i = c + 1; i < end; i++) {
        if (s.tags[i].equals("VERB") || s.tags[i].equals("AUX") || s.isPunctuation(i)) {
          return null;
        }
      }
      Cue cue = verbCue(s, from, to, c);
      return cue != null && cue.subjectFrom() > c ? cue : null;
    }
    return null;
  }

  private static final Set<String> REPORT_NOUNS =
      Set.of(
          "report",
          "estimate",
          "estimates",
          "statement",
          "study",
          "survey",
          "analysis",
          "poll",
          "data",
          "figures",
          "letter",
          "release",
          "filing",
          "tally",
          "assessment",
          "forecast");

  private static final Set<String> BY_WHOM = Set.of("of", "by", "from");

  /** Prepositions whose noun phrase is an object: "in response to an inquiry". */
  private static final Set<String> OBJECT_PREPOSITIONS =
      Set.of("in", "on", "at", "to", "from", "with", "for", "about", "into", "against", "over");

  private static final Set<String> POSSESSIVES = Set.of("its", "his", "her", "their");

  private static final Set<String> PASSIVE_AUX =
      Set.of("was", "were", "is", "are", "been", "being");

  private static final Set<String> REPORT_NOUN_MODIFIERS =
      Set.of("media", "news", "press", "local", "state", "earlier", "some", "these");

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
    Subject subject = subjectLeft(s, from, c - 1);
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
    String via = viaFrom >= 0 && viaTo > viaFrom ? outlet(s, viaFrom, viaTo) : null;
    int subjectFrom = subject.from();
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
    return subjectCue(c - 1, saying + 1, subject, contentFrom, contentTo, "quoted as saying")
        .withVia(via);
  }

  // "Interfax news agency quoted Deputy Minister Sergei Ryabkov as saying that ...": the person
  // quoted is the speaker, the outlet that quoted them the via.
  private Cue activeQuote(TaggedSentence s, int from, int to, int c) {
    Subject quoting = subjectLeft(s, from, c);
    if (quoting == null || c + 3 >= to) {
      return null;
    }
    int as = c + 1;
    while (as < to && as - c <= 12 && !s.lower[as].equals("as") && !s.isPunctuation(as)) {
      as++;
    }
    if (as >= to - 2 || !s.lower[as].equals("as") || !s.lower[as + 1].equals("saying")) {
      return null;
    }
    if (as == c + 1 || s.quoted[c + 1]) {
      return null;
    }
    int contentFrom = as + 2;
    if (s.lower[contentFrom].equals("that")) {
      contentFrom++;
    }
    String via = outlet(s, quoting.from(), quoting.to());
    if (contentFrom >= to - 1) {
      // '"...," the daily quoted the agency as saying.': what came before is what was said.
      int contentTo = quoting.from();
      while (contentTo > from
          && (s.tokens[contentTo - 1].equals(",") || s.isQuoteMark(contentTo - 1))) {
        contentTo--;
      }
      int said = s.isQuoteMark(from) ? from + 1 : from;
      if (contentTo - said < 3) {
        return null;
      }
      return new Cue(c, as + 2, c + 1, as, -1, -1, said, contentTo, "quoted as saying", null, via);
    }
    return new Cue(c, as + 2, c + 1, as, -1, -1, contentFrom, to, "quoted as saying", null, via);
  }

  /** The outlet named by tokens [from, to), without a leading "the". */
  private String outlet(TaggedSentence s, int from, int to) {
    String via = text.substring(s.starts[from], s.ends[to - 1]);
    return PageLayout.lower(via).startsWith("the ") ? via.substring(4) : via;
  }

  private static final Set<String> REPORT_NOUN_VERBS =
      Set.of(
          "said",
          "say",
          "says",
          "suggested",
          "suggest",
          "suggests",
          "indicated",
          "indicate",
          "indicates",
          "claimed",
          "claim",
          "claims",
          "showed",
          "show",
          "shows");

  // "Pyongyang vowed to close the channels", "the minister promised to cut taxes": a promise is
  // its speaker's statement; "promised to the voters" is not one.
  private static boolean commitsTo(TaggedSentence s, int c, int cueTo, int to) {
    if (!Lexicon.COMMITMENT_CUES.contains(s.lower[c])
        || cueTo + 1 >= to
        || !s.lower[cueTo].equals("to")) {
      return false;
    }
    for (int i = cueTo + 1; i < Math.min(to, cueTo + 5); i++) {
      // "to "completely" close/ADJ those channels": the tagger's adjective before an object.
      boolean beforeObject =
          i + 1 < to
              && (s.tags[i].equals("ADJ") || s.tags[i].equals("NOUN"))
              && (s.tags[i + 1].equals("DET") || s.tags[i + 1].equals("PRON"));
      if (s.tags[i].equals("VERB") || beforeObject) {
        return true;
      }
      if (!(s.tags[i].equals("ADV") || s.isQuoteMark(i))) {
        return false;
      }
    }
    return false;
  }

  // "The ministry issued a statement saying ...", "The New York Times published material stating
  // that ...", "the army put out a statement saying ...": the publisher is the speaker.
  private static Cue publishedCue(TaggedSentence s, int from, int to, int c) {
    if (!Lexicon.PUBLISHED_PARTICIPLES.contains(s.lower[c]) || s.quoted[c] || c + 2 >= to) {
      return null;
    }
    int noun = c - 1;
    while (noun > from && Lexicon.CALENDAR_WORDS.contains(s.lower[noun])) {
      noun--; // "a statement on Monday saying"
      if (s.lower[noun].equals("on")) {
        noun--;
      }
    }
    if (noun <= from || !Lexicon.PUBLISHED_NOUNS.contains(s.lower[noun])) {
      return null;
    }
    int verb = noun - 1;
    while (verb > from
        && verb >= noun - 3
        && (s.tags[verb].equals("DET")
            || s.tags[verb].equals("ADJ")
            || s.tags[verb].equals("NUM")
            || POSSESSIVES.contains(s.lower[verb]))) {
      verb--;
    }
    int verbFrom = verb;
    if (verb > from && s.lower[verb].equals("out") && s.lower[verb - 1].startsWith("put")) {
      verbFrom = verb - 1;
    } else if (!Lexicon.PUBLISHING_VERBS.contains(s.lower[verb])) {
      return null;
    }
    Subject subject = subjectLeft(s, from, verbFrom);
    if (subject == null) {
      return null;
    }
    int contentFrom = c + 1;
    if (s.lower[contentFrom].equals("that")) {
      contentFrom++;
    }
    StringBuilder cueText = new StringBuilder();
    for (int i = verbFrom; i <= c; i++) {
      cueText.append(i > verbFrom ? " " : "").append(s.tokens[i]);
    }
    return subjectCue(verbFrom, c + 1, subject, contentFrom, to, cueText);
  }

  // "Local media reports suggested that ...": reports nobody is named for.
  private static Cue reportNounCue(TaggedSentence s, int from, int to, int c) {
    String w = s.lower[c];
    if (!(w.equals("reports") || w.equals("report"))
        || c + 2 >= to
        || !REPORT_NOUN_VERBS.contains(s.lower[c + 1])
        || s.quoted[c + 1]) {
      return null;
    }
    int subjectFrom = nounPhraseStart(s, from, c); // the tagger may call "reports" a verb
    for (int i = subjectFrom; i < c; i++) {
      if (s.tags[i].equals("CCONJ")) {
        subjectFrom = i + 1; // "... in March and media reports suggested"
      }
    }
    if (subjectFrom > from
        && !s.isPunctuation(subjectFrom - 1)
        && !s.tags[subjectFrom - 1].equals("CCONJ")) {
      return null; // "the reports say" inside a clause of its own
    }
    int contentFrom = c + 2;
    if (s.lower[contentFrom].equals("that")) {
      contentFrom++;
    }
    if (contentFrom >= to - 1) {
      return null;
    }
    return new Cue(
        c + 1,
        c + 2,
        subjectFrom,
        c + 1,
        -1,
        -1,
        contentFrom,
        to,
        s.lower[c + 1],
        SpeakerKind.UNATTRIBUTED_REPORT);
  }

  // "..., as previously reported by the Eastvale Courier" and "It was announced by the ministry
  // that ...": the body after "by" is the speaker.
  private static Cue passiveBy(TaggedSentence s, int from, int to, int c) {
    int k = c - 1;
    while (k >= from && s.tags[k].equals("ADV")) {
      k--;
    }
    if (k < from || !(PASSIVE_AUX.contains(s.lower[k]) || s.lower[k].equals("as"))) {
      return null;
    }
    int subjectFrom = c + 2;
    int subjectTo = subjectFrom;
    while (subjectTo < to
        && !s.isPunctuation(subjectTo)
        && !s.lower[subjectTo].equals("that")
        && !s.tags[subjectTo].equals("VERB")
        && subjectTo - subjectFrom < 8) {
      subjectTo++;
    }
    if (subjectTo == subjectFrom || !hasName(s, subjectFrom, subjectTo)) {
      return null;
    }
    if (s.lower[subjectFrom].equals("the") && subjectTo - subjectFrom > 1) {
      subjectFrom++;
    }
    int contentFrom;
    int contentTo;
    if (subjectTo < to - 1 && s.lower[subjectTo].equals("that")) {
      contentFrom = subjectTo + 1;
      contentTo = to;
    } else {
      int start = s.lower[k].equals("as") ? k : k - 1; // "as" or the subject of "was"
      if (!s.lower[k].equals("as") || start - from < 3) {
        return null;
      }
      contentFrom = from;
      contentTo = s.tokens[start - 1].equals(",") ? start - 1 : start;
      if (contentTo > from && s.tokens[contentTo - 1].equals(",")) {
        contentTo--;
      }
    }
    if (contentTo - contentFrom < 2) {
      return null;
    }
    return new Cue(
        c, c + 2, subjectFrom, subjectTo, -1, -1, contentFrom, contentTo, s.lower[c] + " by", null);
  }

  private static boolean hasName(TaggedSentence s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (s.tags[i].equals("PROPN") || s.capitalized(i) && !s.lower[i].equals("the")) {
        return true;
      }
    }
    return false;
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
    // "according to an estimate of the company", "a report by the ministry": the body behind it.
    for (int i = speakerFrom; i + 2 < speakerTo && i <= speakerFrom + 3; i++) {
      if (REPORT_NOUNS.contains(s.lower[i]) && BY_WHOM.contains(s.lower[i + 1])) {
        speakerFrom = i + 2;
        break;
      }
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
    Subject subject = coordinatedSubject(s, from, c);
    if (subject == null) {
      subject = subjectLeft(s, from, c);
    }
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
    int asComma =
        subject != null && subject.from() == from + 1 && s.lower[from].equals("as")
            ? commaWithin(s, cueTo, to, 8)
            : -1;
    if (asComma > 0 && asComma + 2 < to) {
      // "As the ministry said at a briefing, the talks will resume": what follows is theirs.
      return subjectCue(c, cueTo, subject, asComma + 1, to, cueText);
    }
    int as = subject == null ? -1 : subject.from() - 1;
    if (as - 1 > from && s.lower[as].equals("as") && s.tokens[as - 1].equals(",")) {
      int comma = commaWithin(s, cueTo, to, 8);
      if (comma > 0 && comma + 2 < to) {
        // "Weeks ago, as Western Journalism reported, Thor and Beck met": the clause after it.
        return subjectCue(c, cueTo, subject, comma + 1, to, cueText);
      }
      if (comma < 0 && !hasVerb(s, cueTo, to)) {
        // "He is an adviser, as The Times reported on Saturday.": the clause before it.
        return subjectCue(c, cueTo, subject, from, as - 1, cueText);
      }
    }
    if (subject != null
        && subject.from() == from + 1
        && Lexicon.SUBORDINATORS.contains(s.lower[from])
        && hasCommaAfter(s, cueTo, to)) {
      return null; // "Although X told reporters ..., Y returned": the main clause is not X's
    }
    if (subject != null) {
      int subjectFrom = subject.from();
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
        return subjectCue(c, cueTo, subject, from, contentTo, cueText);
      }
      if (Lexicon.WEAK_CUES.contains(w)
          && that < 0
          && !clauseFollows(s, cueTo, to)
          && !reportsFigures(s, c, cueTo, to)
          && !commitsTo(s, c, cueTo, to)
          && !expressesStance(s, c, cueTo, to)) {
        return null;
      }
      int contentFrom = that >= 0 ? that + 1 : cueTo;
      while (contentFrom < to
          && (s.tokens[contentFrom].equals(":") || s.tokens[contentFrom].equals(","))) {
        contentFrom++;
      }
      if (contentFrom >= to - 1 && !(contentFrom < to && !s.isPunctuation(contentFrom))) {
        return null; // "He said:" announces the next paragraph: see announcement()
      }
      return subjectCue(c, cueTo, subject, contentFrom, to, cueText);
    }
    // Inverted order: '"...," said Smith.'
    if (c > from + 2
        && Lexicon.INVERTIBLE_CUES.contains(w)
        && (s.tokens[c - 1].equals(",") || s.isQuoteMark(c - 1))) {
      int e = c + 1;
      while (e < to
          && e - c < 8
          && (s.tags[e].equals("PROPN")
              || (e == c + 1 && POSSESSIVES.contains(s.lower[e])) // "said its Minister"
              || (s.capitalized(e) && !s.isPunctuation(e)) // "said Mathe/VERB."
              || s.tags[e].equals("NOUN")
              || s.tags[e].equals("DET")
              || s.tags[e].equals("ADJ"))) {
        e++;
      }
      // ", said his jet was great", ", told Forbes that": the words after the cue are no speaker.
      boolean clauseFollows =
          e < to
              && (s.tags[e].equals("VERB") || s.tags[e].equals("AUX") || s.lower[e].equals("that"));
      if (e > c + 1 && !clauseFollows) {
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
        if (apposFrom >= 0
            && POSSESSIVES.contains(s.lower[c + 1])
            && allNames(s, apposFrom, apposTo)) {
          // "..., said its Minister, Fahmi Fadzil.": the name is the speaker, the role describes.
          return new Cue(
              c, c + 1, apposFrom, apposTo, c + 1, e, from, contentTo, s.tokens[c], null);
        }
        return new Cue(c, c + 1, c + 1, e, apposFrom, apposTo, from, contentTo, s.tokens[c], null);
      }
    }
    return null;
  }

  // "Mrs. Clinton shook her head and said ...", "The judge rubbed his chin, and then said ...":
  // the cue shares the subject of the sentence's first verb.
  private static Subject coordinatedSubject(TaggedSentence s, int from, int c) {
    int k = c - 1;
    while (k > from && s.tags[k].equals("ADV")) {
      k--;
    }
    if (k <= from || !s.lower[k].equals("and")) {
      return null;
    }
    int verb = firstVerb(s, from, k);
    if (verb <= from) {
      return null;
    }
    for (int i = verb + 1; i < k; i++) {
      if (s.quoted[i]
          || s.isQuoteMark(i)
          || s.tags[i].equals("SCONJ")
          || Lexicon.CLAUSE_OPENERS.contains(s.lower[i])
          || s.lower[i].equals("and") && !s.tokens[i - 1].equals(",")) {
        return null; // "Prices rose after the minister resigned and said": whose is unclear
      }
    }
    return subjectOf(s, from, verb);
  }

  /** The first verb of tokens [from, to) outside quotations, or -1. */
  private static int firstVerb(TaggedSentence s, int from, int to) {
    for (int i = from; i < to; i++) {
      boolean nameAtStart = i == from && s.capitalized(i); // "Ebeling/VERB reminisced"
      if (!s.quoted[i] && !nameAtStart && (s.tags[i].equals("VERB") || s.tags[i].equals("AUX"))) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The subject of the first verb in tokens [from, to) ("In three interviews, the justice sounded
   * off"), or null when that verb has none that opens the clause.
   */
  static Subject clauseSubject(TaggedSentence s, int from, int to) {
    return subjectOf(s, from, firstVerb(s, from, to));
  }

  private static Subject subjectOf(TaggedSentence s, int from, int verb) {
    if (verb <= from) {
      return null;
    }
    Subject subject = subjectLeft(s, from, verb);
    if (subject == null || !startsClause(s, from, subject.from())) {
      return null;
    }
    return subject;
  }

  // "Organizations that have endorsed him say", "officials who attended the talks said": the
  // people a restrictive relative clause describes speak, not its object.
  private static Subject relativeHead(TaggedSentence s, int from, int k) {
    for (int w = k - 1; w > from && w >= k - 8; w--) {
      if (s.isPunctuation(w) || s.isQuoteMark(w) || s.quoted[w]) {
        return null;
      }
      boolean relative =
          s.lower[w].equals("who") || s.lower[w].equals("that") && s.tags[w].equals("PRON");
      if (relative && s.isNominal(w - 1)) {
        int headFrom = nounPhraseStart(s, from, w);
        return headFrom < w && startsClause(s, from, headFrom)
            ? new Subject(headFrom, w, -1, -1)
            : null;
      }
    }
    return null;
  }

  /**
   * Where the name ends in "Darran Whiting of Liberty Baptist Church" (tokens [from, to)): before
   * "of", when a name of at most four words comes first and capitalised words follow; else -1.
   */
  private static int affiliatedNameEnd(TaggedSentence s, int from, int to) {
    int of = from;
    while (of < to && !s.lower[of].equals("of")) {
      of++;
    }
    if (of >= to - 1 || of - from < 2 || of - from > 4 || !allNames(s, from, of)) {
      return -1;
    }
    for (int i = of + 1; i < to; i++) {
      boolean joining = s.lower[i].equals("the") || s.lower[i].equals("of");
      if (!joining && !(s.capitalized(i) && !s.isPunctuation(i))) {
        return -1;
      }
    }
    return of;
  }

  /** Whether a noun phrase at {@code at} opens its clause (after a comma, "and", "but", "as"). */
  private static boolean startsClause(TaggedSentence s, int from, int at) {
    return at == from
        || s.isPunctuation(at - 1)
        || s.tags[at - 1].equals("CCONJ")
        || s.tags[at - 1].equals("SCONJ");
  }

  private static Cue subjectCue(
      int cueFrom,
      int cueTo,
      Subject subject,
      int contentFrom,
      int contentTo,
      CharSequence cueText) {
    return new Cue(
        cueFrom,
        cueTo,
        subject.from(),
        subject.to(),
        subject.apposFrom(),
        subject.apposTo(),
        contentFrom,
        contentTo,
        cueText.toString(),
        null);
  }

  /** The first unquoted comma in [from, from + most), before any "that"; -1 without one. */
  private static int commaWithin(TaggedSentence s, int from, int to, int most) {
    for (int i = from; i < Math.min(to, from + most); i++) {
      if (s.lower[i].equals("that") || s.quoted[i]) {
        return -1;
      }
      if (s.tokens[i].equals(",")) {
        return i;
      }
    }
    return -1;
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

  /** The subject left of a cue at c, with its appositive, or null when it has none. */
  static Subject subjectLeft(TaggedSentence s, int from, int c) {
    int k = c - 1;
    while (k >= from) {
      // "RIM/ADV said": capitals are a name the tagger did not know, not an adverb.
      if (s.tags[k].equals("ADV") && !isInitials(s.tokens[k])
          || s.tags[k].equals("AUX")
          || Lexicon.AUXILIARIES.contains(s.lower[k]) && !s.capitalized(k) // "have/PRON said"
          || s.lower[k].equals("not")) {
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
    if (k - 1 > from && s.tokens[k].equals(",") && s.tokens[k - 1].equals(")")) {
      k--; // "Sen. Jack Reed (D-R.I.), said": a stray comma after the party and state
    } else if (k - 1 > from && s.isQuoteMark(k) && s.tokens[k - 1].equals(",")) {
      k--; // 'Humphrey, who calls Trump a "sociopath," said': the comma inside the quote
    }
    Subject described = relativeHead(s, from, k);
    if (described != null) {
      return described;
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
        return new Subject(k, k + 1, -1, -1);
      }
      return null;
    }
    if (s.tokens[k].equals(",")) {
      int p = k - 1;
      while (p > from && !s.tokens[p].equals(",") && k - p < 45) {
        p--;
      }
      // "The state's campaign chairman, Phil Lovas, said": the name sits between the commas;
      // "One pastor, Darran Whiting of Liberty Baptist Church, said": with where they are from.
      int nameEnd = k - p <= 5 && allNames(s, p + 1, k) ? k : affiliatedNameEnd(s, p + 1, k);
      if (p > from && s.tokens[p].equals(",") && nameEnd > p + 1) {
        int roleFrom = nounPhraseStart(s, from, p);
        if (roleFrom < p && (roleFrom == from || s.isPunctuation(roleFrom - 1))) {
          return new Subject(p + 1, nameEnd, roleFrom, p);
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
            return new Subject(npFrom, q, q + 1, p);
          }
        }
        if (q > from && s.tokens[q].equals(",") && p == q + 2 && s.tags[q + 1].equals("NUM")) {
          // "Roxana M. Leon, 63, an independent voter raised in Chile, said": name, age, role.
          int npFrom = nounPhraseStart(s, from, q);
          if (npFrom < q && s.tags[q - 1].equals("PROPN") && startsClause(s, from, npFrom)) {
            return new Subject(npFrom, q, p + 1, k);
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
            && startsClause(s, from, npFrom)) {
          return new Subject(npFrom, p, -1, -1);
        }
        if (npFrom < p
            && (named || s.tags[npFrom].equals("DET"))
            && (apposTag.equals("ADP") || s.lower[p + 1].equals("however"))
            && !hasVerb(s, p + 1, k)
            && startsClause(s, from, npFrom)) {
          // "Mr. Trump, in a brief interview on Saturday, said", "Andrew Liveris, of course, said":
          // a phrase between commas, not a role.
          return new Subject(npFrom, p, -1, -1);
        }
        if (npFrom < p && named && apposTag.equals("NUM") && k - p == 2) {
          return new Subject(npFrom, p, -1, -1); // "Mr. King, 82, told me": an age, not a role
        }
        if (npFrom < p
            && named
            && startsClause(s, from, npFrom)
            && (apposTag.equals("DET")
                || apposTag.equals("NOUN")
                || apposTag.equals("ADV") && p + 2 < k && s.tags[p + 2].equals("NOUN")
                || apposTag.equals("ADJ")
                || apposTag.equals("PROPN"))) {
          return new Subject(npFrom, p, p + 1, k);
        }
      }
      return null;
    }
    int npFrom = nounPhraseStart(s, from, k + 1);
    if (npFrom > k) {
      return null;
    }
    // "one of the people said", "two of the officials said": the part stands for the whole.
    if (npFrom - 2 >= from
        && s.lower[npFrom - 1].equals("of")
        && (Lexicon.UNNAMED_QUANTIFIERS.contains(s.lower[npFrom - 2])
            || s.tags[npFrom - 2].equals("NUM"))) {
      npFrom -= 2;
    }
    if (parenthesisEnd > 0 && s.tags[k].equals("PROPN")) {
      return new Subject(npFrom, k + 1, -1, -1);
    }
    if (npFrom > from && OBJECT_PREPOSITIONS.contains(s.lower[npFrom - 1])) {
      // "Officials in Kyiv said", "police in Lagos said": people placed by a name after "in".
      String preposition = s.lower[npFrom - 1];
      boolean place = false;
      for (int i = npFrom; i <= k; i++) {
        place |= s.tags[i].equals("PROPN");
      }
      if (place
          && (preposition.equals("in") || preposition.equals("at") || preposition.equals("from"))
          && npFrom - 2 >= from
          && Lexicon.UNNAMED_PEOPLE.contains(s.lower[npFrom - 2])) {
        int headFrom = nounPhraseStart(s, from, npFrom - 1);
        if (headFrom < npFrom - 1 && startsClause(s, from, headFrom)) {
          return new Subject(headFrom, k + 1, -1, -1);
        }
      }
      return null; // "in response to a media inquiry about reports": an object, not a subject
    }
    boolean nominal = false;
    for (int i = npFrom; i <= k; i++) {
      nominal |=
          s.isNominal(i)
              || (i == 0 && s.capitalized(i) && !Lexicon.REAL_PRONOUNS.contains(s.lower[i]))
              || isInitials(s.tokens[i]) // "the WHO/ADJ said"
              // "the admiral/ADJ said", "Cuban/ADJ said": a noun the tagger took for an adjective
              || (i == k
                  && s.tags[i].equals("ADJ")
                  && (s.capitalized(i) || s.tags[npFrom].equals("DET") && npFrom < k));
    }
    return nominal ? new Subject(npFrom, k + 1, -1, -1) : null;
  }

  private static boolean isInitials(String token) {
    if (token.length() < 2) {
      return false;
    }
    for (int i = 0; i < token.length(); i++) {
      if (!Character.isUpperCase(token.charAt(i))) {
        return false;
      }
    }
    return true;
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
              || (tag.equals("ADV") && isInitials(s.tokens[j])) // "RIM/ADV said"
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
}
