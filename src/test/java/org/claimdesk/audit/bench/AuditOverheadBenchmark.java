package org.claimdesk.audit.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.claimdesk.assignments.AssignmentService;
import org.claimdesk.audit.AuditCaptureSwitch;
import org.claimdesk.claims.ClaimService;
import org.claimdesk.claims.ClaimStatus;
import org.claimdesk.claims.ClaimSummary;
import org.claimdesk.documents.DocumentDraft;
import org.claimdesk.documents.DocumentService;
import org.claimdesk.support.DeskScenario;
import org.claimdesk.support.EmbeddedPostgresDatabase;
import org.claimdesk.support.IntegrationTest;
import org.claimdesk.support.SignedIn;
import org.claimdesk.users.Role;
import org.claimdesk.verdicts.Rating;
import org.claimdesk.verdicts.VerdictService;
import org.claimdesk.verdicts.VerdictSummary;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What writing the audit log adds on PostgreSQL to ingesting the sample article and to a verdict
 * action (approval). Each round times the same work once with the log and once without, in an order
 * that alternates from round to round, after warm-up rounds; the figure is the median over the
 * rounds of each round's own overhead (so that load from other processes, which changes from minute
 * to minute, falls on both halves of a pair alike), beside the plain medians. Real accounts do the
 * work: an editor ingests, creates and assigns, the assigned reviewer proposes, a second editor
 * approves. {@code ./mvnw -Pbench test -Dtest=AuditOverheadBenchmark}; writes
 * target/bench/audit-overhead.txt. A measurement, never failing on a slow figure.
 */
@Tag("bench")
@IntegrationTest
class AuditOverheadBenchmark {

  private static final int WARM_UP = 3;
  private static final int ROUNDS = Integer.getInteger("claimdesk.bench.rounds", 15);

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    EmbeddedPostgresDatabase.register(registry);
  }

  @Autowired ApplicationContext context;
  @Autowired DocumentService documents;
  @Autowired ClaimService claims;
  @Autowired AssignmentService assignments;
  @Autowired VerdictService verdicts;

  private DeskScenario.People people;

  @Test
  void writing_the_log_adds_little_to_ingest_and_to_a_verdict_action() throws Exception {
    Object capture = context.getBean(AuditCaptureSwitch.captureType());
    String sample =
        Files.readString(Path.of("../shared/samples/geneva-talks.txt"), StandardCharsets.UTF_8);
    people = new DeskScenario(context).people;
    List<Long> ingestOn = new ArrayList<>();
    List<Long> ingestOff = new ArrayList<>();
    List<Long> approveOn = new ArrayList<>();
    List<Long> approveOff = new ArrayList<>();
    List<Double> ingestRatio = new ArrayList<>();
    List<Double> approveRatio = new ArrayList<>();
    try {
      for (int round = 0; round < WARM_UP + ROUNDS; round++) {
        long[] ingest = new long[2];
        long[] approve = new long[2];
        // ABBA: with the log first in even rounds, second in odd ones.
        for (boolean on : new boolean[] {round % 2 == 0, round % 2 != 0}) {
          AuditCaptureSwitch.set(capture, on);
          VerdictSummary proposed = proposedVerdict();
          String text = sample + "\n\nRound " + round + (on ? " with" : " without") + " the log.";
          long t0 = System.nanoTime();
          SignedIn.as(
              people.editor(),
              Role.EDITOR,
              () ->
                  documents.ingest(
                      new DocumentDraft(
                          "Geneva " + System.nanoTime(),
                          "Bench",
                          null,
                          LocalDate.of(2025, 11, 23),
                          text)));
          ingest[on ? 1 : 0] = System.nanoTime() - t0;
          long t1 = System.nanoTime();
          SignedIn.as(
              people.secondEditor(),
              Role.EDITOR,
              () -> verdicts.approve(proposed.id(), proposed.version()));
          approve[on ? 1 : 0] = System.nanoTime() - t1;
        }
        if (round >= WARM_UP) {
          ingestOff.add(ingest[0]);
          ingestOn.add(ingest[1]);
          approveOff.add(approve[0]);
          approveOn.add(approve[1]);
          ingestRatio.add((double) ingest[1] / ingest[0]);
          approveRatio.add((double) approve[1] / approve[0]);
        }
      }
    } finally {
      AuditCaptureSwitch.set(capture, true);
    }
    String report =
        String.format(
            Locale.US,
            "audit log overhead on PostgreSQL: %d rounds after %d warm-up rounds, with and without"
                + " the log alternately; %d cores, load average %.1f at the end (a shared"
                + " machine: noisy)%n"
                + "ingest sample:   without %.1f ms, with %.1f ms (medians); overhead %+.1f%%"
                + " (median of the rounds' own), quartiles %+.1f%% .. %+.1f%%%n"
                + "verdict approve: without %.1f ms, with %.1f ms (medians); overhead %+.1f%%"
                + " (median of the rounds' own), quartiles %+.1f%% .. %+.1f%%%n",
            ROUNDS,
            WARM_UP,
            Runtime.getRuntime().availableProcessors(),
            java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                .getSystemLoadAverage(),
            median(ingestOff) / 1e6,
            median(ingestOn) / 1e6,
            overhead(ingestRatio, 0.5),
            overhead(ingestRatio, 0.25),
            overhead(ingestRatio, 0.75),
            median(approveOff) / 1e6,
            median(approveOn) / 1e6,
            overhead(approveRatio, 0.5),
            overhead(approveRatio, 0.25),
            overhead(approveRatio, 0.75));
    System.out.println(report);
    Files.createDirectories(Path.of("target/bench"));
    Files.writeString(Path.of("target/bench/audit-overhead.txt"), report);
  }

  /** A claim accepted, assigned to the reviewer, and their proposed verdict on it. */
  private VerdictSummary proposedVerdict() {
    ClaimSummary claim =
        SignedIn.as(
            people.editor(),
            Role.EDITOR,
            () -> {
              ClaimSummary c = claims.create("Bench claim " + System.nanoTime(), null, null);
              return claims.changeStatus(c.id(), c.version(), ClaimStatus.ACCEPTED, null);
            });
    SignedIn.as(
        people.editor(),
        Role.EDITOR,
        () ->
            assignments.assign(
                claim.id(), claim.version(), people.reviewer(), LocalDate.now().plusDays(3)));
    long assigned =
        SignedIn.as(people.editor(), Role.EDITOR, () -> claims.find(claim.id()).orElseThrow())
            .version();
    return SignedIn.as(
        people.reviewer(),
        Role.REVIEWER,
        () ->
            verdicts.propose(
                claim.id(), assigned, Rating.FALSE, "Not so.", "Officials denied it."));
  }

  private static double median(List<Long> values) {
    List<Long> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
  }

  /** The overhead in percent at a quantile of the rounds' with/without ratios. */
  private static double overhead(List<Double> ratios, double quantile) {
    List<Double> sorted = ratios.stream().sorted().toList();
    double position = quantile * (sorted.size() - 1);
    int below = (int) Math.floor(position);
    int above = Math.min(below + 1, sorted.size() - 1);
    double ratio = sorted.get(below) + (position - below) * (sorted.get(above) - sorted.get(below));
    return 100.0 * (ratio - 1);
  }
}
