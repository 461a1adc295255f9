package org.claimdesk.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the statements of one document, paragraph by paragraph, over parts with one job each:
 * {@link SentenceSplitter}, {@link StatementSegmenter} (with {@link CueFinder} and {@link
 * SpeakerResolver}, which owns the speaker register) and {@link QuoteContinuity}. Not thread-safe:
 * one per document.
 */
final class StatementFinder {
  /** Sentences longer than this are not prose (tables, minified code) and are not analysed. */
  static final int LONGEST_SENTENCE = 3_000;

  private final String text;

  int skippedSentences;

  private Found announcedSpeaker;

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

  private boolean isFirstPerson(Statement st) {
    String mention = text.substring(st.speaker.start(), st.speaker.end());
    return mention.equalsIgnoreCase("I") || mention.equalsIgnoreCase("we");
  }

  private final SpeakerResolver speakers;
  private final StatementSegmenter segmenter;
  private final QuoteContinuity continuity;

  StatementFinder(String text) {
    this.text = text;
    this.speakers = new SpeakerResolver(text);
    this.segmenter = new StatementSegmenter(text, new CueFinder(text), speakers);
    this.continuity = new QuoteContinuity(text, speakers);
  }

  List<Statement> paragraph(PageLayout.Paragraph paragraph, NlpModels.Tools tools) {
    Found announced = announcedSpeaker;
    String announcedBy = announcedCue;
    announcedSpeaker = null;
    announcedCue = null;
    SentenceSplitter.Split split =
        SentenceSplitter.split(text, paragraph.start(), paragraph.end(), tools);
    skippedSentences += split.skipped();
    List<Statement> statements = new ArrayList<>();
    for (TaggedSentence sentence : split.sentences()) {
      StatementSegmenter.Segmented segmented = segmenter.analyse(sentence);
      statements.addAll(segmented.statements());
      if (segmented.announced() != null) {
        announcedSpeaker = segmented.announced();
        announcedCue = segmented.announcedCue();
      }
    }
    continuity.closeParagraph(statements, announced, announcedBy);
    if (paragraph.turnSpeaker() != null) {
      Found turn = speakers.turnSpeaker(paragraph);
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

  /** Carries speakers over the whole document once every paragraph is read. */
  static void finish(List<Statement> statements, String text) {
    QuoteContinuity.carryAcrossDocument(statements, text);
  }
}
