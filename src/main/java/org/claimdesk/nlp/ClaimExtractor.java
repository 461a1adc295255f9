package org.claimdesk.nlp;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns an article, transcript or wire copy (plain text or HTML) into reviewable claim items. One
 * instance can serve many threads: models are shared and loaded once, tools are per thread.
 */
public final class ClaimExtractor {
  /**
   * Longer inputs are analysed up to this length, with a warning, to keep response times bounded.
   */
  static final int LONGEST_INPUT = 2_000_000;

  private final CheckworthinessModel model;

  /** An extractor that scores with the shipped check-worthiness model (features + embeddings). */
  public ClaimExtractor() {
    this(CheckworthinessModel.shipped());
  }

  /**
   * An extractor whose scores come from a trained model over the built-in features, or from the
   * built-in features alone when the model is null (no embeddings are computed then).
   */
  public ClaimExtractor(CheckworthinessModel model) {
    this.model = model;
    NlpModels.shared();
  }

  public Extraction extract(String input, ExtractionRequest meta) {
    ExtractionRequest request = meta == null ? ExtractionRequest.none() : meta;
    if (input == null || input.isBlank()) {
      return Extraction.unsupported("und", "The text is empty: there is nothing to analyse.");
    }
    if (looksBinary(input)) {
      return Extraction.unsupported(
          "und",
          "This looks like binary data, not text. Paste the article text, or upload a plain-text or"
              + " HTML file.");
    }
    List<String> warnings = new ArrayList<>();
    String text = input;
    if (text.length() > LONGEST_INPUT) {
      int cut =
          Character.isHighSurrogate(text.charAt(LONGEST_INPUT - 1))
              ? LONGEST_INPUT - 1
              : LONGEST_INPUT;
      text = text.substring(0, cut);
      warnings.add(
          String.format(
              "Only the first %,d of %,d characters were analysed; split the document to analyse"
                  + " the rest.",
              cut, input.length()));
    }
    text = withoutControlCharacters(text);
    SourceText source;
    List<MarkedSpan> navigation = List.of();
    List<int[]> htmlHeadings = List.of();
    List<int[]> htmlCaptions = List.of();
    if (HtmlText.looksLikeHtml(text)) {
      HtmlText html = new HtmlText(text);
      source = html.source;
      navigation = html.navigation;
      htmlHeadings = html.headingRanges;
      htmlCaptions = html.captionRanges;
    } else {
      source = SourceText.plain(text, input.length());
    }
    String clean = source.text;
    if (clean.isBlank()) {
      return Extraction.unsupported(
          "und", "No readable text was found in this input (only markup or scripts).");
    }
    String language = LanguageGuess.of(clean);
    if (!language.equals("en")) {
      return Extraction.unsupported(
          language,
          language.equals("und")
              ? "The language of this text could not be recognised as English; other languages are"
                  + " not supported yet."
              : "This text appears to be in a language other than English ("
                  + language
                  + "); this language is not supported yet.");
    }
    PageLayout layout = new PageLayout(clean, htmlHeadings, htmlCaptions, request.title());
    LocalDate published = request.publishedDate();
    if (published == null) {
      published = layout.dateFound;
    }
    if (published == null) {
      published =
          TimeExpressions.firstFullDate(clean.substring(0, Math.min(clean.length(), 1_000)));
    }
    StatementFinder finder = new StatementFinder(clean);
    NlpModels.Tools tools = NlpModels.shared().tools();
    // Statements become items only at the end: a later paragraph may still name their speaker.
    List<StatementFinder.Statement> statements = new ArrayList<>();
    for (PageLayout.Paragraph paragraph : layout.paragraphs) {
      statements.addAll(finder.paragraph(paragraph, tools));
    }
    StatementFinder.finish(statements, clean);
    DocumentVoice.credit(statements, clean);
    StudyAuthor.credit(statements, clean);
    List<ExtractedItem> items = new ArrayList<>();
    for (StatementFinder.Statement st : statements) {
      ExtractedItem item = item(items.size() + 1, st, clean, source, published);
      if (item != null) {
        items.add(item);
      }
    }
    if (finder.skippedSentences > 0) {
      warnings.add(
          finder.skippedSentences
              + " passage(s) of more than "
              + StatementFinder.LONGEST_SENTENCE
              + " characters without a sentence break were not analysed.");
    }
    List<MarkedSpan> boilerplate = new ArrayList<>(navigation);
    boilerplate.addAll(toOriginal(layout.boilerplate, source));
    // A photo caption and its credit are page furniture too: the document keeps them as removed.
    boilerplate.addAll(toOriginal(layout.captions, source));
    boilerplate.sort(java.util.Comparator.comparingInt(MarkedSpan::start));
    List<WireCredit> credits = new ArrayList<>();
    for (WireCredit credit : layout.wireCredits) {
      TextSpan span = source.toOriginal(credit.start(), credit.end());
      credits.add(new WireCredit(credit.agency(), span.start(), span.end(), credit.text()));
    }
    return new Extraction(
        "en",
        true,
        warnings.isEmpty() ? null : String.join(" ", warnings),
        published,
        boilerplate,
        toOriginal(layout.captions, source),
        toOriginal(layout.headings, source),
        credits,
        items);
  }

  /** Scores one statement on its own, as the evaluation of check-worthiness needs. */
  public StatementScore scoreStatement(String statement) {
    if (statement == null || statement.isBlank()) {
      return new StatementScore(0, false, List.of("empty"));
    }
    String clean =
        withoutControlCharacters(
                statement.length() > StatementFinder.LONGEST_SENTENCE
                    ? statement.substring(0, StatementFinder.LONGEST_SENTENCE)
                    : statement)
            .replace('\n', ' ');
    StatementFinder finder = new StatementFinder(clean);
    List<StatementFinder.Statement> statements =
        finder.paragraph(
            new PageLayout.Paragraph(0, clean.length(), null, -1, -1), NlpModels.shared().tools());
    StatementScore best = null;
    for (StatementFinder.Statement st : statements) {
      StatementScore score = score(st);
      if (best == null || score.score() > best.score()) {
        best = score;
      }
    }
    return best == null ? new StatementScore(0, false, List.of("no statement found")) : best;
  }

  private StatementScore score(StatementFinder.Statement st) {
    SpeakerKind kind = st.speaker == null ? SpeakerKind.NONE : st.speaker.kind();
    CheckworthinessFeatures.Score features =
        CheckworthinessFeatures.score(
            st.sentence, st.contentFrom, st.contentTo, kind, st.attribution);
    double value = features.value();
    List<String> reasons = features.reasons();
    if (model != null) {
      value = Math.max(0, Math.min(1, model.score(st.text, features)));
    }
    double rounded = Math.round(value * 1000) / 1000.0;
    return new StatementScore(rounded, rounded >= CheckworthinessFeatures.THRESHOLD, reasons);
  }

  private ExtractedItem item(
      int id, StatementFinder.Statement st, String clean, SourceText source, LocalDate published) {
    int words = 0;
    for (int i = st.from; i < st.to; i++) {
      if (!st.sentence.isPunctuation(i)) {
        words++;
      }
    }
    if (words < 3) {
      return null;
    }
    TextSpan span = source.toOriginal(st.start(), st.end());
    TextSpan content = source.toOriginal(st.contentStart(), st.contentEnd());
    Speaker speaker = null;
    if (st.speaker != null) {
      TextSpan mention = source.toOriginal(st.speaker.start(), st.speaker.end());
      speaker =
          new Speaker(
              st.speaker.name(),
              st.speaker.role(),
              clean.substring(st.speaker.start(), st.speaker.end()),
              mention.start(),
              mention.end(),
              st.speaker.kind(),
              st.speaker.via());
    }
    String claim =
        ClaimText.of(
            clean.substring(st.contentStart(), st.contentEnd()),
            claimant(st.speaker, clean),
            st.speaker == null ? SpeakerKind.NONE : st.speaker.kind(),
            st.attribution,
            st.cue,
            st.speaker == null ? null : st.speaker.via());
    StatementScore score = score(st);
    List<TimeExpression> times = new ArrayList<>();
    LocalDate latest = null;
    for (TimeExpressions.Found found :
        TimeExpressions.find(clean.substring(st.start(), st.end()), st.start(), published)) {
      TextSpan where = source.toOriginal(found.start(), found.end());
      times.add(new TimeExpression(found.text(), where.start(), where.end(), found.date()));
      if (found.date() != null && (latest == null || found.date().isAfter(latest))) {
        latest = found.date();
      }
    }
    LocalDate base = published != null ? published : LocalDate.now();
    FollowUpHint followUp = FollowUpRules.hint(st.text, base, latest);
    return new ExtractedItem(
        id,
        st.text,
        clean.substring(st.sentence.start, st.sentence.end),
        span.start(),
        span.end(),
        speaker,
        st.cue,
        st.attribution,
        score.score(),
        score.checkworthy(),
        score.reasons(),
        followUp,
        times,
        content,
        claim);
  }

  // The claim names the speaker as resolved ("Marco Rubio", not "He"; "the ministry" as written
  // when no fuller name is known).
  private static String claimant(StatementFinder.Found speaker, String clean) {
    if (speaker == null) {
      return null;
    }
    String mention = clean.substring(speaker.start(), speaker.end());
    String who = speaker.name() != null ? speaker.name() : mention;
    if (!who.isEmpty()
        && Character.isLowerCase(who.charAt(0))
        && PageLayout.lower(mention).startsWith("the ")
        && !PageLayout.lower(who).startsWith("the ")) {
      who = "the " + who;
    }
    return who;
  }

  private static List<MarkedSpan> toOriginal(List<MarkedSpan> spans, SourceText source) {
    List<MarkedSpan> mapped = new ArrayList<>(spans.size());
    for (MarkedSpan s : spans) {
      TextSpan span = source.toOriginal(s.start(), s.end());
      mapped.add(new MarkedSpan(span.start(), span.end(), s.text(), s.reason()));
    }
    return mapped;
  }

  // Text with a few stray control characters is still text; mostly control characters is not.
  private static boolean looksBinary(String input) {
    int sample = Math.min(input.length(), 100_000);
    int suspicious = 0;
    for (int i = 0; i < sample; i++) {
      char c = input.charAt(i);
      if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f')
          || c == '\uFFFD'
          || c == 0x7F) {
        suspicious++;
      }
    }
    return suspicious * 20 > sample;
  }

  // Replaces control characters one for one, so that offsets stay those of the original.
  private static String withoutControlCharacters(String text) {
    char[] chars = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean control =
          (c < 0x20 && c != '\n' && c != '\t')
              || c == 0x7F
              || c == '\uFFFD'
              || (c >= 0x200B && c <= 0x200F)
              || c == '\u2028'
              || c == '\u2029'
              || c == '\uFEFF';
      if (control) {
        if (chars == null) {
          chars = text.toCharArray();
        }
        chars[i] = c == '\r' || c == '\u2028' || c == '\u2029' ? '\n' : ' ';
      }
    }
    return chars == null ? text : new String(chars);
  }
}
