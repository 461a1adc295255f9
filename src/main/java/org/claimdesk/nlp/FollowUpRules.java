package org.claimdesk.nlp;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

/** Recognises statements about pending events and promises, which deserve a second look later. */
final class FollowUpRules {
  private record Rule(Pattern pattern, String reason, int days) {}

  private static final List<Rule> RULES =
      List.of(
          rule(
              "\\b(?:has|have|had) not (?:yet )?(?:responded|replied|commented|reacted)|\\bhas yet"
                  + " to (?:respond|comment|react)|did not (?:immediately )?respond|declined to"
                  + " comment|could not be reached|no immediate (?:response|comment)",
              "awaiting a response",
              3),
          rule(
              "\\brequir(?:e|es|ed|ing) (?:\\w+"
                  + " ){0,3}(?:approval|consent|ratification|sign-off)|\\bpending"
                  + " (?:approval|review)|subject to (?:approval|ratification)|must (?:still )?be"
                  + " (?:approved|ratified)|needs? (?:\\w+ )?approval",
              "depends on a pending approval",
              14),
          rule(
              "\\bin the coming days\\b|\\bwithin days\\b|\\bnext few days\\b",
              "promised action in the coming days",
              7),
          rule(
              "\\bin the coming (?:weeks|months)\\b|\\bnext month\\b|\\blater this"
                  + " (?:month|year)\\b",
              "promised action in the coming weeks",
              30),
          rule(
              "\\b(?:no|not an?) (?:agreement|deal|decision) (?:yet|has been reached)|\\bnot yet"
                  + " (?:agreed|decided|final)|\\bremain(?:s|ed)?"
                  + " (?:open|unsettled|unresolved)|\\bstill (?:need|require)",
              "outcome still open",
              7),
          rule(
              "\\b(?:will|would|plans? to|is expected to|are expected to|promised to|vowed"
                  + " to|pledged to) "
                  + "(?:announce|vote|decide|release|publish|meet|hold|sign|submit|present|respond|return)\\b",
              "announced future step",
              7));

  private static Rule rule(String regex, String reason, int days) {
    return new Rule(Pattern.compile(regex, Pattern.CASE_INSENSITIVE), reason, days);
  }

  // All rules in one pattern, so that a statement is scanned once; group i+1 is rule i.
  private static final Pattern ANY_RULE;

  static {
    StringBuilder all = new StringBuilder();
    for (Rule rule : RULES) {
      if (!all.isEmpty()) {
        all.append('|');
      }
      all.append('(').append(rule.pattern().pattern()).append(')');
    }
    ANY_RULE = Pattern.compile(all.toString(), Pattern.CASE_INSENSITIVE);
  }

  private FollowUpRules() {}

  // Words at least one of which every rule needs; most statements have none and skip the pattern.
  private static final List<String> KEYWORDS =
      List.of(
          "respond",
          "repl",
          "comment",
          "react",
          "reached",
          "requir",
          "pending",
          "subject to",
          "approv",
          "ratif",
          "days",
          "coming",
          "next month",
          "later this",
          "agreement",
          "deal",
          "decision",
          "not yet",
          "remain",
          "still",
          "will ",
          "would ",
          "plan",
          "expected",
          "promised",
          "vowed",
          "pledged");

  static FollowUpHint hint(String statement, LocalDate base, LocalDate latestMentioned) {
    String lower = statement.toLowerCase(java.util.Locale.ROOT);
    boolean candidate = false;
    for (String keyword : KEYWORDS) {
      if (lower.contains(keyword)) {
        candidate = true;
        break;
      }
    }
    if (!candidate) {
      return null;
    }
    java.util.regex.Matcher m = ANY_RULE.matcher(statement);
    int best = Integer.MAX_VALUE;
    int from = 0;
    // Overlapping matches matter ("still require approval" is both), so search again one further
    // on.
    while (from < statement.length() && m.find(from)) {
      for (int g = 1; g <= RULES.size(); g++) {
        if (m.group(g) != null) {
          best = Math.min(best, g - 1);
          break;
        }
      }
      from = m.start() + 1;
    }
    if (best == Integer.MAX_VALUE) {
      return null;
    }
    Rule rule = RULES.get(best);
    LocalDate date = base == null ? null : base.plusDays(rule.days());
    if (latestMentioned != null && base != null && latestMentioned.isAfter(base)) {
      date = latestMentioned.plusDays(1);
    }
    return new FollowUpHint(rule.reason(), date);
  }
}
