package org.claimdesk.transfer;

import java.util.List;
import java.util.Random;

/**
 * News articles made up from templates (never copied from a data set): quoted and reported
 * statements with figures, attributed to invented people and bodies, about {@code words} long. The
 * same seed gives the same article; different seeds give different texts (so different hashes).
 */
public final class GeneratedArticles {

  private static final List<String> PEOPLE =
      List.of(
          "Maria Okafor",
          "Jonas Lindqvist",
          "Aiko Tanaka",
          "Rafael Duarte",
          "Helen Mbeki",
          "Tomasz Nowak",
          "Leila Haddad",
          "Samuel Achebe",
          "Ines Ferreira",
          "Viktor Petrov");
  private static final List<String> ROLES =
      List.of(
          "the finance minister",
          "the mayor",
          "a spokesperson for the health ministry",
          "the opposition leader",
          "the central bank governor",
          "the transport secretary");
  private static final List<String> TOPICS =
      List.of(
          "unemployment",
          "the budget deficit",
          "hospital waiting times",
          "rail fares",
          "school enrolment",
          "housing starts",
          "crime in the capital",
          "energy prices",
          "exports to the region",
          "the minimum wage");
  private static final List<String> CUES = List.of("said", "told reporters", "claimed", "stated");
  private static final List<String> FILLER =
      List.of(
          "The announcement came after weeks of debate in parliament.",
          "Critics questioned the timing of the statement.",
          "Officials did not respond to a request for further comment.",
          "The figures will be reviewed by an independent panel next month.",
          "Local businesses have followed the discussion closely.",
          "Analysts expect the issue to feature in the coming election campaign.",
          "The committee is due to publish its full report in the spring.");

  private GeneratedArticles() {}

  public static String title(long seed) {
    Random r = new Random(seed);
    return "Debate over " + pick(r, TOPICS) + " continues (" + seed + ")";
  }

  public static String text(long seed, int words) {
    Random r = new Random(seed);
    StringBuilder text = new StringBuilder();
    text.append("GENEVA, March ")
        .append(1 + r.nextInt(28))
        .append(" (Report ")
        .append(seed)
        .append(") -- ");
    int count = 0;
    while (count < words) {
      String sentence = sentence(r);
      if (count > 0 && r.nextInt(4) == 0) {
        text.append("\n\n");
      }
      text.append(sentence).append(' ');
      count += sentence.split("\\s+").length;
    }
    return text.toString().strip();
  }

  private static String sentence(Random r) {
    String person = pick(r, PEOPLE);
    String topic = pick(r, TOPICS);
    int figure = 2 + r.nextInt(60);
    return switch (r.nextInt(4)) {
      case 0 ->
          "\""
              + capitalise(topic)
              + " has fallen by "
              + figure
              + " percent since last year,\" "
              + person
              + ", "
              + pick(r, ROLES)
              + ", "
              + pick(r, CUES)
              + " on Tuesday.";
      case 1 ->
          person
              + " "
              + pick(r, CUES)
              + " that "
              + topic
              + " rose to "
              + figure
              + " million in 2025, the highest level in a decade.";
      case 2 ->
          "According to "
              + pick(r, ROLES)
              + ", "
              + topic
              + " will be cut by half by "
              + (2027 + r.nextInt(8))
              + ".";
      default -> pick(r, FILLER);
    };
  }

  private static String capitalise(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static String pick(Random r, List<String> from) {
    return from.get(r.nextInt(from.size()));
  }
}
