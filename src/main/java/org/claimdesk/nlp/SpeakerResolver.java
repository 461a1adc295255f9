package org.claimdesk.nlp;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimdesk.nlp.StatementFinder.Found;

/**
 * Resolves a mention to a speaker: people, bodies, unnamed sources and reports, through the
 * document's speaker register, which it owns ("Rubio" and "he" after "Marco Rubio", "RIM" after
 * "Research In Motion"). One per document.
 */
final class SpeakerResolver {
  private final String text;

  /** Role words that name one person ("spokesman", "director"), not a body. */
  private static final java.util.Set<String> PERSON_ROLES = WordList.set("person-roles");

  SpeakerResolver(String text) {
    this.text = text;
  }

  /** A person signing a text, registered under the name as written. */
  Found person(int start, int end) {
    SpeakerRegister.Known known = register.register(text.substring(start, end), null);
    return new Found(known.name(), known.role(), start, end, SpeakerKind.PERSON);
  }

  private final SpeakerRegister register = new SpeakerRegister();

  /**
   * Descriptions that stand for the body last named even when it was not described so ("the
   * company" after "Quillmark said"); "the newspaper" must have been described as one.
   */
  private static final java.util.Set<String> BUSINESS_DESCRIPTIONS =
      java.util.Set.of("company", "firm", "group", "carmaker", "retailer", "insurer", "airline");

  private static final java.util.Set<String> SMALL_WORDS =
      java.util.Set.of("of", "the", "for", "and");

  Found turnSpeaker(PageLayout.Paragraph p) {
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

  // "al-Amaq", "el-Nour" (tokens "al", "-", "Amaq"): an Arabic name with its article in lower case.
  private static boolean withArticle(TaggedSentence s, int i) {
    return i + 2 < s.size()
        && (s.lower[i].equals("al") || s.lower[i].equals("el"))
        && s.tokens[i + 1].equals("-")
        && s.capitalized(i + 2);
  }

  // "the Turkish daily Yeni Safak", "search company Yahoo Inc.": the description a later "the
  // daily" or "the company" uses for a body named here.
  void noteDescriptions(TaggedSentence s) {
    for (int i = 0; i + 1 < s.size(); i++) {
      if (s.capitalized(i)
          || s.quoted[i]
          || !Lexicon.GENERIC_ORGANIZATIONS.contains(s.lower[i])
          || !(s.capitalized(i + 1) || withArticle(s, i + 1))) {
        continue;
      }
      int end = withArticle(s, i + 1) ? i + 3 : i + 1;
      while (end < s.size()
          && (s.capitalized(end) && !s.isPunctuation(end)
              || (s.lower[end].equals("of") || s.lower[end].equals("and"))
                  && end + 1 < s.size()
                  && s.capitalized(end + 1))) {
        end++;
      }
      if (end - (i + 1) <= 5) {
        register.describe(s.lower[i], text.substring(s.starts[i + 1], s.ends[end - 1]));
      }
      i = end - 1;
    }
    // "a study by the CDC", "the report from NDMA": a later "the study" is that body, named in
    // full when the text spells its initials out anywhere ("Centers for Disease Control ...").
    for (int i = 0; i + 2 < s.size(); i++) {
      if (s.capitalized(i) && i > 0
          || s.quoted[i]
          || !Lexicon.GENERIC_ORGANIZATIONS.contains(s.lower[i])
          || !(s.lower[i + 1].equals("by") || s.lower[i + 1].equals("from"))) {
        continue;
      }
      int first = s.lower[i + 2].equals("the") ? i + 3 : i + 2;
      if (first >= s.size() || !s.capitalized(first) || s.isPunctuation(first)) {
        continue;
      }
      int end = first;
      while (end < s.size() && end - first < 6 && s.capitalized(end) && !s.isPunctuation(end)) {
        end++;
      }
      String name = text.substring(s.starts[first], s.ends[end - 1]);
      String full = spelledOut(name, text);
      register.describe(s.lower[i], full != null ? full : name);
    }
  }

  private static final Pattern SPELLED_OUT =
      Pattern.compile("\\b[A-Z][a-z]+(?:\\s+(?:(?:of|for|and|on|the)\\s+)?[A-Z][a-z]+)+");

  /**
   * The full name whose capitalised words begin with the letters of {@code acronym} ("CDC" and
   * "Centers for Disease Control and Prevention"), anywhere in the text, or null.
   */
  static String spelledOut(String acronym, String text) {
    if (acronym.length() < 2
        || acronym.length() > 6
        || !acronym.chars().allMatch(Character::isUpperCase)) {
      return null;
    }
    Matcher m = SPELLED_OUT.matcher(text);
    while (m.find()) {
      String run = m.group().replaceFirst("^The\\s+", "");
      StringBuilder initials = new StringBuilder();
      for (String word : run.split("\\s+")) {
        if (Character.isUpperCase(word.charAt(0))) {
          initials.append(word.charAt(0));
        }
      }
      if (initials.length() <= acronym.length() + 1 && initials.toString().startsWith(acronym)) {
        return run;
      }
    }
    return null;
  }

  // A known person acting as a subject ("only Rubio returned") becomes the referent of a later
  // "he";
  // a group opening a sentence ("The unions rejected ...") the referent of a later "they".
  void noteSubjects(TaggedSentence s) {
    noteBodyOpening(s);
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

  /**
   * "When family members arrived on scene, they confirmed ...": the "they" of the main clause is
   * the plural subject of the opening subordinate clause, noted before the sentence is resolved.
   * Unnamed people ("family members", "residents") are noted as anonymous sources.
   */
  void noteOpeningClause(TaggedSentence s) {
    if (s.size() < 6 || !Lexicon.SUBORDINATORS.contains(s.lower[0])) {
      return;
    }
    int first = s.tags[1].equals("DET") ? 2 : 1;
    int end = first;
    while (end < s.size()
        && end - first < 4
        && (s.tags[end].equals("NOUN") || s.tags[end].equals("ADJ"))
        && !s.capitalized(end)) {
      end++;
    }
    if (end == first
        || end >= s.size()
        || !(s.tags[end].equals("VERB") || s.tags[end].equals("AUX"))
        || !s.tags[end - 1].equals("NOUN")
        || !s.lower[end - 1].endsWith("s")
        || s.lower[end - 1].endsWith("ss")) {
      return;
    }
    int comma = end;
    while (comma < s.size() && !s.tokens[comma].equals(",")) {
      comma++;
    }
    if (comma + 1 >= s.size() || !s.lower[comma + 1].equals("they")) {
      return;
    }
    SpeakerKind kind =
        Lexicon.UNNAMED_PEOPLE.contains(s.lower[end - 1])
            ? SpeakerKind.ANONYMOUS_SOURCES
            : SpeakerKind.ORGANIZATION;
    register.spoke(
        new SpeakerRegister.Known(text.substring(s.starts[first], s.ends[end - 1]), null, kind));
  }

  // "Minister, your counterpart Mr. Smith made statements today, claiming ...": the name acting in
  // the clause before the participle, not a vocative opening the sentence.
  static CueFinder.TokenRange nameBeforeVerb(TaggedSentence s, int before) {
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
        return new CueFinder.TokenRange(start, end);
      }
    }
    return null;
  }

  static int leadingNounPhrase(TaggedSentence s) {
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

  /** Resolves a subject to a speaker, registering people met for the first time. */
  Found resolve(TaggedSentence s, int from, int to, int apposFrom, int apposTo) {
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
        if (known == null && lowerMention.equals("it")) {
          known = register.lastOrganization(); // "Microsoft ... as it reported"
        }
        kind = SpeakerKind.ORGANIZATION;
      }
      if (known != null && known.kind() == SpeakerKind.ANONYMOUS_SOURCES) {
        return new Found(null, null, start, end, SpeakerKind.ANONYMOUS_SOURCES);
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
    if (nameFrom == to
        && PERSON_ROLES.contains(head)
        && (s.lower[from].equals("a")
            || s.lower[from].equals("an")
            || s.lower[from].equals("its")
            || s.lower[from].equals("his")
            || s.lower[from].equals("her")
            || s.lower[from].equals("their"))) {
      // "a Chinese Foreign Ministry spokesman", "its Africa director": a person named elsewhere.
      SpeakerRegister.Known known = register.byRole(head);
      if (known != null) {
        register.spoke(known);
        return new Found(known.name(), known.role(), start, end, SpeakerKind.PERSON);
      }
      return new Found(null, mention, start, end, SpeakerKind.PERSON);
    }
    if (nameFrom == to && afterAnAge(s, from) && Lexicon.ROLE_WORDS.contains(head)) {
      // "The 65-year-old lawmaker said": the person the story has named, described by age.
      SpeakerRegister.Known known = register.byRole(head);
      known = known == null ? register.lastPerson() : known;
      if (known != null) {
        register.spoke(known);
        return new Found(known.name(), known.role(), start, end, SpeakerKind.PERSON);
      }
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
        // News introduces a person by full name; a lone unknown name with no role acting on its
        // own ("Microsoft reported", "Apple said") is a body, so that "the company" finds it.
        if (role == null && !partOfFullName(name) && !titled(s, from, nameFrom)) {
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
    if (QuoteContinuity.isDescription(mention)) {
      SpeakerRegister.Known described = register.byDescription(head);
      if (described == null && BUSINESS_DESCRIPTIONS.contains(head)) {
        described = mostMentionedOrganization(); // "the company" after "Quillmark said"
      }
      if (described == null && head.equals("agency")) {
        described = newsAgencyNamedBefore(start); // "According to the agency" in Yonhap's copy
      }
      if (described != null && QuoteContinuity.modifiersFit(mention, described.name())) {
        register.spoke(described);
        return new Found(described.name(), null, start, end, SpeakerKind.ORGANIZATION);
      }
    }
    String name = mention;
    if (lowerMention.startsWith("the ")) {
      name = mention.substring(4);
    }
    return organizationFound(name, start, end);
  }

  /** The news agency the text names last before {@code position}, as the agency spells itself. */
  private SpeakerRegister.Known newsAgencyNamedBefore(int position) {
    String before = PageLayout.lower(text.substring(0, position));
    String best = null;
    int bestAt = -1;
    for (String agency : Lexicon.NEWS_AGENCIES) {
      String lower = PageLayout.lower(agency);
      int at = before.lastIndexOf(lower);
      while (at >= 0 && !wordAt(before, at, lower.length())) {
        at = at == 0 ? -1 : before.lastIndexOf(lower, at - 1);
      }
      if (at > bestAt || (at == bestAt && at >= 0 && agency.length() > best.length())) {
        best = agency;
        bestAt = at;
      }
    }
    if (best == null) {
      return null;
    }
    register.organization(best);
    return new SpeakerRegister.Known(best, null, SpeakerKind.ORGANIZATION);
  }

  private static boolean wordAt(String text, int at, int length) {
    int end = at + length;
    return (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
        && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
  }

  // The body the story is about: the one whose name the text repeats most, the latest on a tie.
  private SpeakerRegister.Known mostMentionedOrganization() {
    SpeakerRegister.Known best = null;
    int bestCount = 0;
    for (SpeakerRegister.Known known : register.organizations()) {
      int count = 0;
      for (int at = text.indexOf(known.name()); at >= 0; at = text.indexOf(known.name(), at + 1)) {
        count++;
      }
      if (count >= bestCount) {
        best = known;
        bestCount = count;
      }
    }
    return best;
  }

  // "Apple on Tuesday released ...", "Apple Inc. sold ...": a body acting at the opening of a
  // sentence, which a later "the company" may stand for.
  private void noteBodyOpening(TaggedSentence s) {
    int begin = 0;
    for (int i = 0; i < Math.min(s.size() - 1, 14); i++) {
      if (s.tokens[i].equals("--") || s.tokens[i].equals("—") || s.tokens[i].equals("–")) {
        begin = i + 1; // "SAN FRANCISCO, July 24 (Xinhua) -- Apple on Tuesday ..."
      }
    }
    int end = begin;
    while (end < s.size() && end < begin + 5 && s.capitalized(end) && !s.isPunctuation(end)) {
      end++;
    }
    if (end == begin || end >= s.size() || s.quoted[begin]) {
      return;
    }
    String first = s.lower[begin];
    if (Lexicon.SENTENCE_STARTERS.contains(first)
        || Lexicon.CALENDAR_WORDS.contains(first)
        || Lexicon.PLACES.contains(first)
        || s.tags[begin].equals("DET")
        || s.tags[begin].equals("PRON")) {
      return;
    }
    String name = text.substring(s.starts[begin], s.ends[end - 1]);
    String last = s.lower[end - 1];
    boolean body =
        Lexicon.ORGANIZATION_WORDS.contains(last) && end > begin + 1
            || end == begin + 1
                && (s.tags[begin].equals("PROPN") || s.tags[begin].equals("NOUN"))
                && !Lexicon.ORGANIZATION_WORDS.contains(first)
                && !Lexicon.ROLE_WORDS.contains(first)
                && !Lexicon.GROUP_NOUNS.contains(first)
                && !Lexicon.UNNAMED_PEOPLE.contains(first)
                && register.byName(name) == null
                && !partOfFullName(name);
    if (body) {
      register.organization(name);
    }
  }

  // "Lekhi" in a headline is the "Meenakshi Lekhi" of the text below it.
  private boolean partOfFullName(String token) {
    Matcher m =
        Pattern.compile(
                "(\\p{Lu}[\\p{L}'’-]+) "
                    + Pattern.quote(token)
                    + "\\b|\\b"
                    + Pattern.quote(token)
                    + " (\\p{Lu}[\\p{L}'’-]+)")
            .matcher(text);
    while (m.find()) {
      String other = PageLayout.lower(m.group(1) != null ? m.group(1) : m.group(2));
      if (!Lexicon.ORGANIZATION_WORDS.contains(other)
          && !Lexicon.CALENDAR_WORDS.contains(other)
          && !Lexicon.ROLE_WORDS.contains(other)
          && !Lexicon.SENTENCE_STARTERS.contains(other)
          && !Lexicon.PLACES.contains(other)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasProperName(TaggedSentence s, int from, int to) {
    for (int i = from; i < to; i++) {
      // "Mission managers said": a capital that only opens the sentence names nobody.
      boolean opensSentence =
          i == 0 && i + 1 < to && !s.capitalized(i + 1) && !isAcronym(s.tokens[i]);
      if (s.capitalized(i)
          && !opensSentence
          && !(i == 0 && Lexicon.UNNAMED_PEOPLE.contains(s.lower[i]))
          && !(i == 0 && (s.tags[i].equals("DET") || s.tags[i].equals("NOUN")))) {
        return true;
      }
    }
    return false;
  }

  /** "Pyongyang" as a speaker is North Korea; any other name is returned as it is. */
  static String countryOfCapital(String name) {
    String country = Lexicon.CAPITAL_METONYMS.get(PageLayout.lower(name.strip()));
    if (country == null) {
      return name;
    }
    StringBuilder b = new StringBuilder();
    for (String word : country.split(" ")) {
      b.append(b.isEmpty() ? "" : " ")
          .append(Character.toUpperCase(word.charAt(0)))
          .append(word.substring(1));
    }
    return b.toString();
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
    String name = countryOfCapital(withDemonym(written));
    if (isAcronym(name)) {
      // "RIM" after "Research In Motion": the initials of a body named before.
      SpeakerRegister.Known full = register.organizationWithInitials(name);
      if (full != null) {
        name = full.name();
      } else {
        String spelled = spelledOut(text, start, name);
        if (spelled != null) {
          name = spelled;
          register.organization(name);
        }
      }
    } else {
      register.organization(name);
    }
    register.spoke(new SpeakerRegister.Known(name, null, SpeakerKind.ORGANIZATION));
    return new Found(name, null, start, end, SpeakerKind.ORGANIZATION);
  }

  private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}\\p{N}'’&.-]*");

  private static final Set<String> JOINING_WORDS = Set.of("of", "and", "for", "the", "on", "&");

  /**
   * The capitalised words before {@code before} whose initials spell the acronym, nearest first
   * ("Research In Motion" for "RIM", "Bank of Eastvale" for "BE"), or null.
   */
  static String spelledOut(String text, int before, String acronym) {
    String letters = acronym.replace(".", "").replace("&", "");
    if (letters.length() < 2 || letters.length() > 8) {
      return null;
    }
    java.util.List<int[]> words = new java.util.ArrayList<>();
    Matcher m = WORD.matcher(text).region(0, Math.max(0, before));
    while (m.find()) {
      words.add(new int[] {m.start(), m.end()});
    }
    for (int i = words.size() - 1; i >= 0; i--) {
      int at = 0;
      int j = i;
      for (; j < words.size() && at < letters.length(); j++) {
        String word = text.substring(words.get(j)[0], words.get(j)[1]);
        if (j > i && JOINING_WORDS.contains(word)) {
          continue;
        }
        if (!Character.isUpperCase(word.charAt(0))
            || isAcronym(word)
            || word.charAt(0) != letters.charAt(at)) {
          break;
        }
        at++;
      }
      if (at == letters.length() && j - i > 1) {
        return text.substring(words.get(i)[0], words.get(j - 1)[1]);
      }
    }
    return null;
  }

  static boolean isAcronym(String token) {
    int upper = 0;
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (Character.isUpperCase(c)) {
        upper++;
      } else if (c != '.' && c != '&') {
        return false;
      }
    }
    return upper >= 2;
  }

  /** "Mr. Smith", "Mrs . Clinton": a title before the name makes it a person's. */
  private static boolean titled(TaggedSentence s, int from, int nameFrom) {
    int k = nameFrom - 1;
    if (k > from && s.tokens[k].equals(".")) {
      k--;
    }
    return k >= from && Lexicon.HONORIFICS.contains(s.lower[k]);
  }

  static boolean isNameToken(TaggedSentence s, int i) {
    String w = s.lower[i];
    String tag = s.tags[i];
    if (Lexicon.CALENDAR_WORDS.contains(w) || (tag.equals("VERB") && w.endsWith("ing"))) {
      return false; // "Monday", "Tapping Goldman Sachs"
    }
    if (middleInitial(s, i)) {
      return true; // "Roxana M. Leon", "Roxana M . Leon"
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

  private static boolean middleInitial(TaggedSentence s, int i) {
    String t = s.tokens[i];
    boolean letter =
        (t.length() == 1 || t.length() == 2 && t.charAt(1) == '.')
            && Character.isUpperCase(t.charAt(0))
            && !s.tags[i].equals("DET")
            && !s.tags[i].equals("PRON");
    boolean stop =
        t.equals(".")
            && i > 0
            && s.tokens[i - 1].length() == 1
            && Character.isUpperCase(s.tokens[i - 1].charAt(0))
            && !s.tags[i - 1].equals("DET");
    return (letter || stop)
        && i > 0
        && i + 1 < s.size()
        && (s.capitalized(i - 1) || stop)
        && (s.capitalized(i + 1) && !s.isPunctuation(i + 1) || s.tokens[i + 1].equals("."));
  }

  /** The mention starts at "old" of "65-year-old" (the tokenizer splits at the hyphens). */
  private static boolean afterAnAge(TaggedSentence s, int from) {
    return from >= 2
        && s.lower[from].equals("old")
        && s.tokens[from - 1].equals("-")
        && (s.lower[from - 2].equals("year") || s.lower[from - 2].equals("years"));
  }

  private String roleText(TaggedSentence s, int from, int nameFrom) {
    int roleFrom = from;
    while (roleFrom < nameFrom
        && (s.lower[roleFrom].equals("the")
            || Lexicon.HONORIFICS.contains(s.lower[roleFrom])
            || s.tokens[roleFrom].equals(".") && roleFrom > from)) { // "Mrs . Clinton"
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
  void introduceNames(TaggedSentence s) {
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
