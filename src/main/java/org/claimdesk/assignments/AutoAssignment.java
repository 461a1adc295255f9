package org.claimdesk.assignments;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Picks a reviewer for each claim: among the eligible people, those on a beat the claim touches
 * first, then the lowest load relative to capacity, ties broken by username. Eligible means active,
 * available, with the reviewer role, speaking the claim's document language, under capacity and not
 * excluded from the claim. The most check-worthy and oldest claims are placed first, each placement
 * counting towards the next. Plain Java over values, so the same input gives the same result.
 */
final class AutoAssignment {

  /** A person who might take claims, with their open load now. */
  record Candidate(
      String username,
      boolean active,
      boolean reviewer,
      Set<String> languages,
      List<String> beats,
      int capacity,
      int load,
      @Nullable LocalDate awayUntil) {}

  /**
   * A claim waiting for a reviewer. {@code language} is its first document's language (null when
   * unknown: then language does not narrow); {@code excluded} are people who may not review it.
   */
  record Work(
      long claimId,
      String statement,
      @Nullable String claimant,
      @Nullable String outlet,
      @Nullable String language,
      double checkworthiness,
      Instant createdAt,
      Set<String> excluded) {}

  /** The reviewer chosen for a claim, or why none was. */
  record Placement(long claimId, @Nullable String reviewer, @Nullable String reason) {}

  /** Most check-worthy first, then the oldest, then by id so that equal claims keep an order. */
  static final Comparator<Work> PRIORITY =
      Comparator.comparingDouble(Work::checkworthiness)
          .reversed()
          .thenComparing(Work::createdAt)
          .thenComparingLong(Work::claimId);

  private AutoAssignment() {}

  static List<Placement> place(List<Work> claims, List<Candidate> people, LocalDate today) {
    List<Candidate> ordered =
        people.stream().sorted(Comparator.comparing(Candidate::username)).toList();
    Map<String, Integer> load = new HashMap<>();
    ordered.forEach(p -> load.put(p.username(), p.load()));
    // Each person's beats as words once, not once per claim: 10,000 claims over 50 people.
    Map<String, List<String>> beatWords = new HashMap<>();
    ordered.forEach(
        p ->
            beatWords.put(
                p.username(),
                p.beats().stream().map(AutoAssignment::words).filter(b -> !b.isBlank()).toList()));
    List<Placement> out = new ArrayList<>();
    for (Work claim : claims.stream().sorted(PRIORITY).toList()) {
      Map<String, Integer> refusals = new LinkedHashMap<>();
      List<Candidate> eligible = new ArrayList<>();
      for (Candidate person : ordered) {
        String why = whyNot(person, claim, load.get(person.username()), today);
        if (why == null) {
          eligible.add(person);
        } else {
          refusals.merge(why, 1, Integer::sum);
        }
      }
      if (eligible.isEmpty()) {
        out.add(new Placement(claim.claimId(), null, nobody(claim, refusals)));
        continue;
      }
      String words =
          words(
              claim.statement() + " " + orEmpty(claim.claimant()) + " " + orEmpty(claim.outlet()));
      List<Candidate> onBeat =
          eligible.stream()
              .filter(p -> beatWords.get(p.username()).stream().anyMatch(words::contains))
              .toList();
      List<Candidate> pool = onBeat.isEmpty() ? eligible : onBeat;
      Candidate chosen = pool.getFirst();
      for (Candidate p : pool) {
        if (lighter(p, chosen, load)) {
          chosen = p;
        }
      }
      load.merge(chosen.username(), 1, Integer::sum);
      out.add(new Placement(claim.claimId(), chosen.username(), null));
    }
    return out;
  }

  /** Strictly lower load relative to capacity; the pool is in username order, so ties stay. */
  private static boolean lighter(Candidate a, Candidate b, Map<String, Integer> load) {
    long left = (long) load.get(a.username()) * b.capacity();
    long right = (long) load.get(b.username()) * a.capacity();
    return left < right;
  }

  /** The first rule that keeps a person from a claim, or null when they are eligible. */
  static @Nullable String whyNot(Candidate person, Work claim, int load, LocalDate today) {
    if (!person.active()) {
      return "deactivated";
    }
    if (!person.reviewer()) {
      return "without the reviewer role";
    }
    if (person.awayUntil() != null && !person.awayUntil().isBefore(today)) {
      return "away";
    }
    if (claim.language() != null
        && !person.languages().contains(claim.language().toLowerCase(Locale.ROOT))) {
      return "not speaking '" + claim.language() + "'";
    }
    if (load >= person.capacity()) {
      return "at capacity";
    }
    if (claim.excluded().contains(person.username())) {
      return "excluded (an earlier verdict on the claim, or a conflict of interest)";
    }
    return null;
  }

  private static String nobody(Work claim, Map<String, Integer> refusals) {
    if (refusals.isEmpty()) {
      return "Nobody is eligible: there are no reviewers.";
    }
    String counts =
        refusals.entrySet().stream()
            .map(e -> e.getValue() + " " + e.getKey())
            .collect(Collectors.joining(", "));
    return "Nobody is eligible for claim #" + claim.claimId() + ": " + counts + ".";
  }

  private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  /** The text's words in lower case, each surrounded by single spaces. */
  static String words(String text) {
    return " " + NOT_A_WORD.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip() + " ";
  }

  private static String orEmpty(@Nullable String s) {
    return s == null ? "" : s;
  }
}
