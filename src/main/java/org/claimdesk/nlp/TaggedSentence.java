package org.claimdesk.nlp;

/** One sentence with its tokens, their offsets into the cleaned text, tags and quotation state. */
final class TaggedSentence {
  final int start;
  final int end;
  final String[] tokens;
  final String[] lower;
  final int[] starts;
  final int[] ends;
  final String[] tags;
  final boolean[] quoted;
  final boolean startsInQuote;
  final boolean endsInQuote;

  TaggedSentence(
      int start,
      int end,
      String[] tokens,
      int[] starts,
      int[] ends,
      String[] tags,
      boolean startsInQuote) {
    this.start = start;
    this.end = end;
    this.tokens = tokens;
    this.starts = starts;
    this.ends = ends;
    // The UD model tags contractions as one token with joined tags ("state's" NOUN+PART).
    for (int i = 0; i < tags.length; i++) {
      int plus = tags[i].indexOf('+');
      if (plus > 0) {
        tags[i] = tags[i].substring(0, plus);
      }
    }
    this.tags = tags.clone(); // corrected below without touching the caller's array
    this.lower = new String[tokens.length];
    for (int i = 0; i < tokens.length; i++) {
      lower[i] = PageLayout.lower(tokens[i]);
      // "Musk/AUX said": a capitalised word that is no auxiliary is a name the tagger took for
      // "must".
      if (this.tags[i].equals("AUX")
          && Character.isUpperCase(tokens[i].charAt(0))
          && !Lexicon.AUXILIARIES.contains(lower[i])) {
        this.tags[i] = "PROPN";
      }
      // '"...," Wertheim/PRON said': a capitalised word that is no pronoun is a name.
      if (this.tags[i].equals("PRON")
          && i > 0
          && Character.isUpperCase(tokens[i].charAt(0))
          && !Lexicon.UNNAMED_QUANTIFIERS.contains(lower[i])
          && !Lexicon.REAL_PRONOUNS.contains(lower[i])
          && !Lexicon.PRONOUN_PERSON.contains(lower[i])
          && !Lexicon.PRONOUN_GROUP.contains(lower[i])) {
        this.tags[i] = "PROPN";
      }
    }
    // "after Pyongyang/VERB vowed": inside a sentence, a capitalised word taken for a verb right
    // before a verb is the name of whoever acts; at the start, only before a reporting verb
    // ("Sexton/VERB described", not "Stop worrying").
    for (int i = 0; i + 1 < tokens.length; i++) {
      boolean inside =
          i > 0
              && !this.tags[i - 1].equals("PUNCT")
              && Character.isLowerCase(tokens[i - 1].charAt(0))
              && (this.tags[i + 1].equals("VERB") || this.tags[i + 1].equals("AUX"));
      boolean first =
          i == 0
              && this.tags[1].equals("VERB")
              && Lexicon.CUES.contains(PageLayout.lower(tokens[1]));
      if (this.tags[i].equals("VERB")
          && Character.isUpperCase(tokens[i].charAt(0))
          && (inside || first)) {
        this.tags[i] = "PROPN";
      }
    }
    this.startsInQuote = startsInQuote;
    this.quoted = new boolean[tokens.length];
    boolean inQuote = startsInQuote;
    for (int i = 0; i < tokens.length; i++) {
      String token = tokens[i];
      int quoteChars = 0;
      boolean opening = false;
      for (int k = 0; k < token.length(); k++) {
        char c = token.charAt(k);
        if (c == '"' || c == '“' || c == '”' || c == '«' || c == '»' || c == '„') {
          quoteChars++;
          opening = c == '“' || c == '«' || c == '„' || (c == '"' && !inQuote);
        }
      }
      if (quoteChars == 0) {
        quoted[i] = inQuote;
      } else if (quoteChars == token.length()) {
        inQuote = quoteChars % 2 == 1 ? opening : inQuote;
        quoted[i] = false;
      } else {
        // A quote glued to a word: the word is quoted when the quote opens before it or closes
        // after it.
        quoted[i] = true;
        if (quoteChars % 2 == 1) {
          inQuote = !inQuote;
        }
      }
    }
    this.endsInQuote = inQuote;
  }

  int size() {
    return tokens.length;
  }

  boolean isQuoteMark(int i) {
    String t = tokens[i];
    return t.equals("\"")
        || t.equals("“")
        || t.equals("”")
        || t.equals("«")
        || t.equals("»")
        || t.equals("''")
        || t.equals("``");
  }

  boolean isPunctuation(int i) {
    return tags[i].equals("PUNCT") || isQuoteMark(i);
  }

  boolean isNominal(int i) {
    String t = tags[i];
    return t.equals("NOUN") || t.equals("PROPN") || t.equals("NUM");
  }

  boolean capitalized(int i) {
    return Character.isUpperCase(tokens[i].charAt(0));
  }
}
