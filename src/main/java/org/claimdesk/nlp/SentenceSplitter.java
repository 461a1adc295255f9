package org.claimdesk.nlp;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.util.Span;

/**
 * Splits a paragraph into tagged sentences: OpenNLP's sentence model, mended where it ends a
 * sentence at "U.S." or "Sen.", and whether each sentence opens inside a quotation.
 */
final class SentenceSplitter {
  private SentenceSplitter() {}

  /** The sentences of text[start, end), and how many were too long to be prose. */
  record Split(List<TaggedSentence> sentences, int skipped) {}

  static Split split(String text, int start, int end, NlpModels.Tools tools) {
    String paragraphText = text.substring(start, end);
    Span[] spans =
        splitAtGluedQuotes(
            paragraphText,
            mergeAfterAbbreviations(paragraphText, tools.sentences.sentPosDetect(paragraphText)));
    List<TaggedSentence> sentences = new ArrayList<>();
    int skipped = 0;
    boolean inQuote = false;
    for (Span span : spans) {
      int s = start + span.getStart();
      int e = start + span.getEnd();
      if (e - s > StatementFinder.LONGEST_SENTENCE) {
        skipped++;
        inQuote = false;
        continue;
      }
      TaggedSentence sentence = tag(text, s, e, tools, inQuote);
      if (sentence.size() == 0) {
        continue;
      }
      inQuote = sentence.endsInQuote;
      sentences.add(sentence);
    }
    return new Split(sentences, skipped);
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

  /** "Roxana M. Leon": a first name and a middle initial, never the end of a sentence. */
  private static final java.util.regex.Pattern MIDDLE_INITIAL =
      java.util.regex.Pattern.compile("(?:^|\\s)\\p{Lu}\\p{Ll}+\\s\\p{Lu}\\.$");

  /**
   * 'an asteroid called Bennu“NASA did it again!”': a copied page can lose the break between two
   * paragraphs. An opening curly quote right after a letter or digit, before a capital, starts a
   * new sentence, unless what comes before is only its attribution ('According to Ellen
   * Stofan“Tonight ...': a few words, or an "according to").
   */
  static Span[] splitAtGluedQuotes(String text, Span[] spans) {
    List<Span> out = new ArrayList<>(spans.length);
    for (Span span : spans) {
      int from = span.getStart();
      for (int p = from + 1; p + 1 < span.getEnd(); p++) {
        if (text.charAt(p) == '“'
            && Character.isLetterOrDigit(text.charAt(p - 1))
            && Character.isUpperCase(text.charAt(p + 1))
            && isSentence(text.substring(from, p))) {
          out.add(new Span(from, p));
          from = p;
        }
      }
      out.add(from == span.getStart() ? span : new Span(from, span.getEnd()));
    }
    return out.toArray(Span[]::new);
  }

  private static boolean isSentence(String before) {
    return before.strip().split("\\s+").length >= 6
        && !PageLayout.lower(before).contains("according to");
  }

  // The sentence model sometimes ends a sentence at "U.S." or "Sen." before a name or title.
  static Span[] mergeAfterAbbreviations(String text, Span[] spans) {
    if (spans.length < 2) {
      return spans;
    }
    List<Span> merged = new ArrayList<>(spans.length);
    Span current = spans[0];
    for (int i = 1; i < spans.length; i++) {
      Span next = spans[i];
      String tail =
          text.substring(Math.max(current.getStart(), current.getEnd() - 8), current.getEnd());
      String longTail =
          text.substring(Math.max(current.getStart(), current.getEnd() - 24), current.getEnd());
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
              || (MIDDLE_INITIAL.matcher(longTail).find()
                  && !nextWord.isEmpty()
                  && Character.isUpperCase(nextWord.charAt(0))
                  && !Lexicon.SENTENCE_STARTERS.contains(PageLayout.lower(nextWord)))
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

  private static TaggedSentence tag(
      String text, int start, int end, NlpModels.Tools tools, boolean inQuote) {
    String sentenceText = withPlainQuoteMarks(text.substring(start, end));
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

  /**
   * Wire copy that was typed on old systems quotes with two apostrophes (''...'') or backticks
   * (``...''); each pair becomes one double quote mark and a space, so offsets stay those of the
   * text and the quotation reads as one.
   */
  static String withPlainQuoteMarks(String sentence) {
    if (!sentence.contains("''") && !sentence.contains("``")) {
      return sentence;
    }
    return sentence.replace("''", "\" ").replace("``", " \"");
  }
}
