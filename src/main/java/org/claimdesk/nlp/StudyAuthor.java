package org.claimdesk.nlp;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimdesk.nlp.StatementFinder.Found;
import org.claimdesk.nlp.StatementFinder.Statement;

/**
 * Credits what "the study found" to the body the document names as the study's author ("a CDC
 * study", "a report by the Health Institute"), wherever it names it, the headline included.
 */
final class StudyAuthor {
  private static final Set<String> STUDY_WORDS =
      Set.of("study", "report", "survey", "analysis", "research");

  // "CDC study", "the Health Institute's new report"
  private static final Pattern AUTHOR_BEFORE =
      Pattern.compile(
          "\\b((?:[A-Z][A-Za-z&.-]+\\s+){0,5}[A-Z][A-Za-z&.-]+)(?:['’]s)?\\s+(?:new\\s+)?"
              + "(?:study|report|survey|analysis)\\b");

  // "a study by the Health Institute", "a report from the Ministry of Health"
  private static final Pattern AUTHOR_AFTER =
      Pattern.compile(
          "(?i:\\b(?:study|report|survey|analysis)\\s+(?:(?:released|published|issued)\\s+)?"
              + "(?:by|from)\\s+(?:the\\s+)?)"
              + "([A-Z][\\w&.-]*(?:\\s+(?:(?:of|for|and|on|the)\\s+)?[A-Z][\\w&.-]*)*)");

  private StudyAuthor() {}

  static void credit(List<Statement> statements, String text) {
    String author = null;
    for (Statement st : statements) {
      if (st.speaker == null || !isStudy(st.speaker.name())) {
        continue;
      }
      if (author == null) {
        author = authorNamed(text);
        if (author == null) {
          return;
        }
      }
      st.speaker =
          new Found(
              author, null, st.speaker.start(), st.speaker.end(), SpeakerKind.ORGANIZATION, null);
    }
  }

  // "the study", "a new report", "a study released Tuesday": a study with no author named.
  private static boolean isStudy(String name) {
    if (name == null) {
      return false;
    }
    String lower = name.toLowerCase(Locale.ROOT).replaceFirst("^(?:the|a|this|that)\\s+", "");
    String head = lower.replaceFirst("^new\\s+", "").split("\\s+")[0];
    return STUDY_WORDS.contains(head);
  }

  /** The body named as a study's author in {@code text}, with an acronym spelled out, or null. */
  static String authorNamed(String text) {
    String best = null;
    int bestAt = Integer.MAX_VALUE;
    for (Pattern p : List.of(AUTHOR_BEFORE, AUTHOR_AFTER)) {
      Matcher m = p.matcher(text);
      while (m.find()) {
        String name = organization(m.group(1).replaceFirst("^(?:The|A|An)\\s+", ""), text);
        if (name != null) {
          if (m.start() < bestAt) {
            best = name;
            bestAt = m.start();
          }
          break;
        }
      }
    }
    return best;
  }

  private static String organization(String run, String text) {
    String last = run.substring(run.lastIndexOf(' ') + 1);
    if (SpeakerResolver.isAcronym(last)) {
      String full = SpeakerResolver.spelledOut(last, text);
      return full != null ? full : last;
    }
    return Lexicon.hasOrganizationWord(run) ? run : null;
  }
}
