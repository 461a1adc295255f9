package org.claimdesk.nlp;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Word lists for attribution: reporting verbs, roles and titles, organisations, sources. Each list
 * is a data file under {@code org/claimdesk/nlp/lists}, read once.
 */
final class Lexicon {
  private Lexicon() {}

  /** Reporting verbs: "said", "told", "announced". */
  static final Set<String> CUES = WordList.set("cues");

  /** Reporting verbs that are often something else, so they need a "that" after them. */
  static final Set<String> WEAK_CUES = WordList.set("weak-cues");

  /** Participles that add a second statement by the same speaker: "..., noting that B". */
  static final Map<String, String> PARTICIPLES = WordList.pairs("participles");

  static final Set<String> ROLE_WORDS = WordList.set("role-words");
  static final Set<String> HONORIFICS = WordList.set("honorifics");
  static final Set<String> ORGANIZATION_WORDS = WordList.set("organization-words");

  /** Whether a name has an organisation word among its words: "Ministry of Education". */
  static boolean hasOrganizationWord(String name) {
    for (String word : name.split("\\s+")) {
      if (ORGANIZATION_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  static final Set<String> PLACES = WordList.set("places");
  static final Set<String> GROUP_NOUNS = WordList.set("group-nouns");
  static final Set<String> ANONYMOUS_MARKERS = WordList.set("anonymous-markers");
  static final Set<String> PRONOUN_PERSON = WordList.set("pronouns-person");
  static final Set<String> PRONOUN_GROUP = WordList.set("pronouns-group");

  /** Words that open a sentence, so a capital after "U.S." there does not continue a name. */
  static final Set<String> SENTENCE_STARTERS = WordList.set("sentence-starters");

  /** "Although X told reporters ..., Y returned": the main clause is not X's. */
  static final Set<String> SUBORDINATORS = WordList.set("subordinators");

  /** "a senior official", "two diplomats": a quantifier before an unnamed person. */
  static final Set<String> UNNAMED_QUANTIFIERS = WordList.set("unnamed-quantifiers");

  static final Set<String> UNNAMED_PEOPLE = WordList.set("unnamed-people");

  /**
   * Verbs of a stance ("expected", "fear", "blame") that report a view only when unnamed people
   * hold it: "Analysts had expected sales to slow" is the analysts' view, "the deal is expected"
   * nobody's.
   */
  static final Set<String> STANCE_CUES = WordList.set("stance-cues");

  /** "X described A as B and said C": verbs that open a second statement of the same speaker. */
  static final Set<String> SECOND_STATEMENT_CUES = WordList.set("second-statement-cues");

  /** Verbs that can come before their subject: '"...," said Smith.' */
  static final Set<String> INVERTIBLE_CUES = WordList.set("invertible-cues");

  /** "is", "would", "must": the words the tagger may rightly call AUX. */
  static final Set<String> AUXILIARIES = WordList.set("auxiliaries");

  static final Set<String> REAL_PRONOUNS = WordList.set("real-pronouns");

  /** Weekdays, months and "today": never a name, even capitalised. */
  static final Set<String> CALENDAR_WORDS = WordList.set("calendar-words");

  /** "russia russian": a country and its adjective, for "Russia's Foreign Ministry". */
  static final Map<String, String> DEMONYMS = WordList.pairs("demonyms");

  /** "Pyongyang vowed", "Seoul insisted": a capital that speaks is its country's government. */
  static final Map<String, String> CAPITAL_METONYMS = WordList.pairs("capital-metonyms");

  /** Heads of a definite description that points back to a named body: "the agency". */
  static final Set<String> GENERIC_ORGANIZATIONS = WordList.set("generic-organizations");

  /** Words of a results report: "reported a drop in profit", "posted revenue of". */
  static final Set<String> RESULT_WORDS = WordList.set("result-words");

  // "Yahoo forecast revenue of $1.2 billion": weak cues that report when figures follow.
  static final Set<String> FORECAST_VERBS = WordList.set("forecast-verbs");
  // "Investors expressed concern Yahoo was unlikely to ...": what one expresses about a clause.
  static final Set<String> STANCE_NOUNS = WordList.set("stance-nouns");

  /** News agencies as they credit themselves ("Reuters", "Dow Jones Newswires"), case kept. */
  static final List<String> NEWS_AGENCIES = WordList.lines("news-agencies");

  /** "Pyongyang vowed to close the channels": verbs whose "to" clause is a promise. */
  static final Set<String> COMMITMENT_CUES = WordList.set("commitment-cues");

  /** "The ministry issued a statement saying": verbs of putting out a document. */
  static final Set<String> PUBLISHING_VERBS = WordList.set("publishing-verbs");

  /** What a body issues or publishes that can say something: "statement", "report". */
  static final Set<String> PUBLISHED_NOUNS = WordList.set("published-nouns");

  /** "a statement saying", "material stating": what a published document does. */
  static final Set<String> PUBLISHED_PARTICIPLES = WordList.set("published-participles");

  /** Words that open a clause of its own inside a sentence: "who", "after", "because". */
  static final Set<String> CLAUSE_OPENERS = WordList.set("clause-openers");

  /** Heads whose modifiers tell one office of a government from another: "ministry". */
  static final Set<String> OFFICE_HEADS = WordList.set("office-heads");

  /** Modifiers any body of its kind may be given: "the global health agency" is the WHO. */
  static final Set<String> LOOSE_MODIFIERS = WordList.set("loose-modifiers");
}
