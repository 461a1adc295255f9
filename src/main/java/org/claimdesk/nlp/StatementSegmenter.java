package org.claimdesk.nlp;

import java.util.ArrayList;
import java.util.List;
import org.claimdesk.nlp.StatementFinder.Found;
import org.claimdesk.nlp.StatementFinder.Statement;

/**
 * Cuts a sentence into its statements ("A, noting that B", "A; B", "A and said B") and attributes
 * each one through the cue finder and the speaker resolver.
 */
final class StatementSegmenter {
  private final String text;
  private final CueFinder cues;
  private final SpeakerResolver speakers;

  StatementSegmenter(String text, CueFinder cues, SpeakerResolver speakers) {
    this.text = text;
    this.cues = cues;
    this.speakers = speakers;
  }

  /** A sentence's statements; {@code announced} is set by a closing "He said:". */
  record Segmented(List<Statement> statements, Found announced, String announcedCue) {}

  // The speaker of the last attributed statement, for "also said" and quotes that carry on.
  private Found lastSpeaker;

  /** The statements of one sentence, and the speaker it announces for the next paragraph. */
  Segmented analyse(TaggedSentence s) {
    speakers.introduceNames(s);
    speakers.noteOpeningClause(s);
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
          && cues.find(s, segmentFrom, i) != null) {
        // "X described A as B and said C": a second statement by the same speaker.
        previous = segment(s, segmentFrom, i, segmentParticiple, segmentAfterBut, previous, out);
        segmentFrom = i + 1;
        segmentParticiple = s.lower[i + 1];
        segmentAfterBut = false;
      } else if (secondSpeakerClause(s, segmentFrom, i, n)) {
        // "Talks began in May and local reports said that ...": the first clause is nobody's.
        previous = segment(s, segmentFrom, i, segmentParticiple, segmentAfterBut, previous, out);
        segmentFrom = i + 1;
        segmentParticiple = null;
        segmentAfterBut = false;
      } else if (backgroundClause(s, segmentFrom, i, n)) {
        // "X said the buyer is Norrvik, which lost a tender ...": the outlet adds the background.
        previous = segment(s, segmentFrom, i, segmentParticiple, segmentAfterBut, previous, out);
        segmentFrom = i;
        segmentParticiple = null;
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
    Found announced = null;
    CueFinder.Subject announcer = cues.announcement(s);
    if (announcer != null) {
      announced = resolve(s, announcer);
    }
    speakers.noteSubjects(s);
    speakers.noteDescriptions(s);
    return new Segmented(out, announced, announced == null ? null : s.tokens[s.size() - 2]);
  }

  /** The speaker a cue's subject names, or null without a subject. */
  private Found resolve(TaggedSentence s, CueFinder.Subject subject) {
    return subject == null
        ? null
        : speakers.resolve(s, subject.from(), subject.to(), subject.apposFrom(), subject.apposTo());
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
      if (participle.equals("told")) {
        contentFrom = afterAddressee(s, contentFrom, to);
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
        CueFinder.TokenRange actor = SpeakerResolver.nameBeforeVerb(s, from);
        int subjectTo = SpeakerResolver.leadingNounPhrase(s);
        if (actor != null) {
          st.speaker = speakers.resolve(s, actor.from(), actor.to(), -1, -1);
        } else if (subjectTo > 0) {
          st.speaker = speakers.resolve(s, 0, subjectTo, -1, -1);
        } else {
          // "In three interviews, the justice sounded off on Trump, saying ...".
          st.speaker = resolve(s, CueFinder.clauseSubject(s, 0, from));
        }
      }
      String who = st.speaker == null ? null : displayName(st.speaker);
      String rest = text.substring(s.starts[from + 1], st.end());
      st.text = (who == null ? "" : who + " ") + participle + " " + rest;
      if (who == null) {
        st.text = Character.toUpperCase(st.text.charAt(0)) + st.text.substring(1);
      }
    } else {
      CueFinder.Cue cue = cues.find(s, from, to);
      int comment = cue == null ? -1 : outletComment(s, cue, to);
      if (comment > 0) {
        // "X reported a drop in profit, hurt by ...": the figures are X's, the comment the
        // outlet's.
        Statement figures = segment(s, from, comment - 1, null, afterBut, previous, out);
        return segment(s, comment, to, null, false, figures, out);
      }
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
          CueFinder.Subject before =
              previous == null || previous.speaker != null || previous.sentence != s
                  ? null
                  : CueFinder.clauseSubject(s, previous.from, previous.to);
          if (before != null) {
            // "The spokesperson declined to comment, but noted ...": the first clause's subject.
            st.speaker = resolve(s, before);
          } else {
            st.speaker =
                previous != null && previous.speaker != null ? previous.speaker : lastSpeaker;
          }
        } else {
          st.speaker =
              speakers.resolve(
                  s, cue.subjectFrom(), cue.subjectTo(), cue.apposFrom(), cue.apposTo());
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

  /**
   * Where the outlet's own comment starts after a body's report of its results: ", hurt by ...", ",
   * and its shares fell ...". Returns -1 when the report runs to the end.
   */
  private static final java.util.Set<String> IRREGULAR_CAUSES =
      java.util.Set.of("hit", "hurt", "driven", "held", "led");

  static int outletComment(TaggedSentence s, CueFinder.Cue cue, int to) {
    String verb = s.lower[cue.cueFrom()];
    if (!(verb.startsWith("report") || verb.startsWith("post"))) {
      return -1;
    }
    for (int i = Math.max(cue.contentFrom(), cue.cueTo()) + 1; i + 2 < to; i++) {
      if (!s.tokens[i - 1].equals(",") || s.quoted[i]) {
        continue;
      }
      boolean explained =
          (s.lower[i].endsWith("ed") || IRREGULAR_CAUSES.contains(s.lower[i]))
              && s.lower[i + 1].equals("by");
      boolean ownSubject =
          s.lower[i].equals("and")
              && (s.tags[i + 1].equals("DET") || s.tags[i + 1].equals("PRON"))
              && hasVerbSoon(s, i + 2, to);
      if (explained || ownSubject) {
        return i;
      }
    }
    return -1;
  }

  private static boolean hasVerbSoon(TaggedSentence s, int from, int to) {
    for (int i = from; i < Math.min(to, from + 4); i++) {
      if (s.tags[i].equals("VERB")) {
        return true;
      }
    }
    return false;
  }

  /**
   * "..., telling reporters at his office, "..."": what was told starts after the people told, at
   * "that" or at the quotation; without either the addressee stays in.
   */
  static int afterAddressee(TaggedSentence s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (s.lower[i].equals("that") && !s.quoted[i]) {
        return i;
      }
      if (s.isQuoteMark(i) && i > from && s.tokens[i - 1].equals(",")) {
        return i;
      }
    }
    return from;
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

  // A clause of its own that a new speaker opens ("and the agency said that ...", "as it reported
  // ...", "after the council said ..."), after a clause with no reporting cue.
  private boolean secondSpeakerClause(TaggedSentence s, int from, int i, int n) {
    String w = s.lower[i];
    if (!(w.equals("and")
            || w.equals("but")
            || w.equals("while")
            || w.equals("as")
            || w.equals("after"))
        || i - from < 4
        || !hasClause(s, from, i)
        || cues.find(s, from, i) != null) {
      return false;
    }
    CueFinder.Cue cue = cues.find(s, i + 1, n);
    return cue != null
        && cue.subjectFrom() == i + 1
        && cue.contentFrom() > cue.cueFrom()
        && cue.contentTo() - cue.contentFrom() >= 3;
  }

  // ", which ..." after a name that ends what a cue before it reports, with no cue of its own
  // after it: a non-restrictive clause the writer adds about the name, not part of what was said.
  private boolean backgroundClause(TaggedSentence s, int from, int i, int n) {
    if (!s.lower[i].equals("which")
        || !s.tokens[i - 1].equals(",")
        || i - 2 <= from
        || !(s.capitalized(i - 2) || s.tags[i - 2].equals("PROPN"))
        || !hasVerbSoon(s, i + 1, n)
        || cues.find(s, i, n) != null) {
      return false;
    }
    CueFinder.Cue cue = cues.find(s, from, i - 1);
    return cue != null && cue.contentFrom() > cue.cueFrom() && cue.contentTo() >= i - 1;
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

  // "the newspaper said, citing a person familiar with the matter": the cited source is the
  // speaker, the newspaper the outlet it came through.
  private void relayThroughCitation(TaggedSentence s, Statement st, CueFinder.Cue cue, int to) {
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
      Found cited = speakers.resolve(s, i + 1, npTo, -1, -1);
      st.speaker = cited.via(outlet);
      if (st.contentTo > i - 1 && st.contentFrom < i - 1) {
        st.contentTo = i - 1;
      }
      return;
    }
  }
}
