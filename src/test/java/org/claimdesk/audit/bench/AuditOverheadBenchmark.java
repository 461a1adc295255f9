package org.claimdesk.audit.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.claimdesk.assignments.AssignmentService;
import org.claimdesk.audit.AuditCaptureSwitch;
import org.claimdesk.claims.ClaimService;
import org.claimdesk.claims.ClaimStatus;
import org.claimdesk.claims.ClaimSummary;
import org.claimdesk.documents.DocumentDraft;
import org.claimdesk.documents.DocumentService;
import org.claimdesk.support.EmbeddedPostgresDatabase;
import org.claimdesk.support.IntegrationTest;
import org.claimdesk.support.SignedIn;
import org.claimdesk.users.NewUser;
import org.claimdesk.users.Role;
import org.claimdesk.users.UserService;
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
 * action (approval), timed alternately with the log on and off. {@code ./mvnw -Pbench verify
 * -Dtest=AuditOverheadBenchmark}; writes target/bench/audit-overhead.txt. A measurement, never
 * failing on a slow figure.
 */
@Tag("bench")
@IntegrationTest
class AuditOverheadBenchmark {

  private static final int ROUNDS = 12;

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    EmbeddedPostgresDatabase.register(registry);
  }

  @Autowired ApplicationContext context;
  @Autowired DocumentService documents;
  @Autowired ClaimService claims;
  @Autowired AssignmentService assignments;
  @Autowired VerdictService verdicts;
  @Autowired UserService users;

  @Test
  void writing_the_log_adds_little_to_ingest_and_to_a_verdict_action() throws Exception {
    Object capture = context.getBean(AuditCaptureSwitch.captureType());
    String sample =
        Files.readString(Path.of("../shared/samples/geneva-talks.txt"), StandardCharsets.UTF_8);
    SignedIn.as(
        "admin",
        Role.ADMIN,
        () -> {
          users.createUser(
              new NewUser(
                  "rev", "Rev", "a long enough secret 1", EnumSet.of(Role.REVIEWER), null, null));
          users.createUser(
              new NewUser(
                  "ed1", "Ed One", "a long enough secret 2", EnumSet.of(Role.EDITOR), null, null));
          users.createUser(
              new NewUser(
                  "ed2", "Ed Two", "a long enough secret 3", EnumSet.of(Role.EDITOR), null, null));
        });
    List<Long> ingestOn = new ArrayList<>();
    List<Long> ingestOff = new ArrayList<>();
    List<Long> approveOn = new ArrayList<>();
    List<Long> approveOff = new ArrayList<>();
    for (int round = 0; round < ROUNDS + 2; round++) {
      for (boolean on : new boolean[] {round % 2 == 0, round % 2 != 0}) {
        AuditCaptureSwitch.set(capture, on);
        String text = sample + "\n\nRound " + round + (on ? " with" : " without") + " the log.";
        long t0 = System.nanoTime();
        SignedIn.as(
            "ed1",
            Role.EDITOR,
            () ->
                documents.ingest(
                    new DocumentDraft(
                        "Geneva " + System.nanoTime(),
                        "Bench",
                        null,
                        LocalDate.of(2025, 11, 23),
                        text)));
        long ingest = System.nanoTime() - t0;
        VerdictSummary proposed = proposedVerdict();
        long t1 = System.nanoTime();
        SignedIn.as("ed2", Role.EDITOR, () -> verdicts.approve(proposed.id(), proposed.version()));
        long approve = System.nanoTime() - t1;
        if (round >= 2) { // the first two rounds warm up
          (on ? ingestOn : ingestOff).add(ingest);
          (on ? approveOn : approveOff).add(approve);
        }
      }
    }
    AuditCaptureSwitch.set(capture, true);
    String report =
        String.format(
            Locale.US,
            "audit log overhead on PostgreSQL (median of %d, machine shared and loaded)%n"
                + "ingest sample:  without %.1f ms, with %.1f ms, overhead %+.1f%%%n"
                + "verdict approve: without %.1f ms, with %.1f ms, overhead %+.1f%%%n",
            ROUNDS,
            median(ingestOff) / 1e6,
            median(ingestOn) / 1e6,
            100.0 * (median(ingestOn) - median(ingestOff)) / median(ingestOff),
            median(approveOff) / 1e6,
            median(approveOn) / 1e6,
            100.0 * (median(approveOn) - median(approveOff)) / median(approveOff));
    System.out.println(report);
    Files.createDirectories(Path.of("target/bench"));
    Files.writeString(Path.of("target/bench/audit-overhead.txt"), report);
  }

  private VerdictSummary proposedVerdict() {
    ClaimSummary claim =
        SignedIn.as(
            "ed1",
            Role.EDITOR,
            () -> {
              ClaimSummary c = claims.create("Bench claim " + System.nanoTime(), null, null);
              return claims.changeStatus(c.id(), c.version(), ClaimStatus.ACCEPTED, null);
            });
    SignedIn.as(
        "ed1",
        Role.EDITOR,
        () -> assignments.assign(claim.id(), claim.version(), "rev", LocalDate.now().plusDays(3)));
    long assigned =
        SignedIn.as("ed1", Role.EDITOR, () -> claims.find(claim.id()).orElseThrow()).version();
    return SignedIn.as(
        "rev",
        Role.REVIEWER,
        () ->
            verdicts.propose(
                claim.id(), assigned, Rating.FALSE, "Not so.", "Officials denied it."));
  }

  private static double median(List<Long> values) {
    List<Long> sorted = values.stream().sorted().toList();
    return sorted.get(sorted.size() / 2);
  }
}
