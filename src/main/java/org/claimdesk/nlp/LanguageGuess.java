package org.claimdesk.nlp;

import java.util.Map;
import java.util.Set;

/**
 * A fast language guess from writing systems and common function words. The statistical OpenNLP
 * language model would cost a 10 MB load at start-up; English versus not-English needs far less.
 */
final class LanguageGuess {
  private static final Set<String> ENGLISH =
      Set.of(
          "the", "and", "of", "to", "in", "is", "that", "was", "for", "on", "with", "said", "he",
          "it", "as", "by", "at", "from", "his", "are", "be", "have", "has", "not", "this", "but",
          "they", "were");
  private static final Map<String, Set<String>> OTHERS =
      Map.of(
          "de",
              Set.of(
                  "der", "die", "und", "das", "ist", "nicht", "mit", "sich", "auf", "ein", "eine",
                  "dem", "den", "zu"),
          "fr",
              Set.of(
                  "le", "la", "les", "et", "est", "des", "une", "dans", "du", "pour", "qui", "pas",
                  "sur", "au"),
          "es",
              Set.of(
                  "el", "los", "las", "y", "es", "una", "por", "con", "para", "del", "que", "se",
                  "como", "su"),
          "it",
              Set.of(
                  "il", "di", "che", "della", "per", "sono", "una", "non", "gli", "nel", "con",
                  "anche", "dei"),
          "pt",
              Set.of(
                  "os", "as", "uma", "não", "com", "para", "do", "da", "dos", "em", "que", "por",
                  "mais"),
          "nl",
              Set.of(
                  "het", "een", "van", "en", "niet", "zijn", "voor", "met", "op", "dat", "ook",
                  "naar"));

  private LanguageGuess() {}

  /** An ISO 639-1 code, "und" when there are too few letters to say. */
  static String of(String text) {
    int limit = Math.min(text.length(), 50_000);
    int latin = 0;
    int cjk = 0;
    int cyrillic = 0;
    int arabic = 0;
    int hebrew = 0;
    int otherScript = 0;
    for (int i = 0; i < limit; i++) {
      char c = text.charAt(i);
      if (!Character.isLetter(c)) {
        continue;
      }
      if (c < 0x250) {
        latin++;
      } else if (c >= 0x0400 && c < 0x0530) {
        cyrillic++;
      } else if (c >= 0x0590 && c < 0x0600) {
        hebrew++;
      } else if (c >= 0x0600 && c < 0x0800) {
        arabic++;
      } else if ((c >= 0x3040 && c < 0x9FFF) || (c >= 0xAC00 && c < 0xD7B0)) {
        cjk++;
      } else {
        otherScript++;
      }
    }
    int letters = latin + cjk + cyrillic + arabic + hebrew + otherScript;
    if (letters < 3) {
      return "und";
    }
    // CJK characters carry a word each, so they weigh more than Latin letters.
    int weightedCjk = cjk * 4;
    int max =
        Math.max(Math.max(weightedCjk, cyrillic), Math.max(Math.max(arabic, hebrew), otherScript));
    if (max > latin) {
      if (max == weightedCjk) {
        return "zh";
      }
      if (max == cyrillic) {
        return "ru";
      }
      if (max == arabic) {
        return "ar";
      }
      if (max == hebrew) {
        return "he";
      }
      return "und";
    }
    return latinLanguage(text, limit);
  }

  private static String latinLanguage(String text, int limit) {
    int english = 0;
    int words = 0;
    Map<String, Integer> others = new java.util.HashMap<>();
    int i = 0;
    // A few hundred words decide the language; reading further only costs time.
    while (i < limit && words < 600) {
      while (i < limit && !Character.isLetter(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < limit && Character.isLetter(text.charAt(i))) {
        i++;
      }
      if (i > start && i - start <= 8) {
        String word = text.substring(start, i).toLowerCase(java.util.Locale.ROOT);
        words++;
        if (ENGLISH.contains(word)) {
          english++;
        }
        for (var entry : OTHERS.entrySet()) {
          if (entry.getValue().contains(word)) {
            others.merge(entry.getKey(), 1, Integer::sum);
          }
        }
      } else if (i > start) {
        words++;
      }
    }
    String best = "en";
    int bestCount = english;
    for (var entry : others.entrySet()) {
      if (entry.getValue() > bestCount * 2 && entry.getValue() > bestCount) {
        best = entry.getKey();
        bestCount = entry.getValue();
      }
    }
    if (best.equals("en") && words >= 20 && english * 30 < words) {
      return "und";
    }
    return best;
  }
}
