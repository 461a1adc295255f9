package org.claimdesk.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.claimdesk.audit.AuditService;
import org.claimdesk.audit.HistoryEntry;
import org.claimdesk.documents.DocumentDraft;
import org.claimdesk.documents.DocumentService;
import org.claimdesk.documents.IngestResult;
import org.claimdesk.support.DeskScenario;
import org.claimdesk.support.IntegrationTest;
import org.claimdesk.support.SignedIn;
import org.claimdesk.users.Role;
import org.claimdesk.verdicts.Rating;
import org.claimdesk.verdicts.VerdictService;
import org.claimdesk.verdicts.VerdictState;
import org.claimdesk.verdicts.VerdictSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * A claim's life on real data: the sample is ingested, a verdict on one of its claims is published,
 * and a rewritten copy of the sample comes in: the claim is seen again, and the queue, its filter
 * and the claim's timeline say so.
 */
@IntegrationTest
@org.springframework.test.context.TestPropertySource(
    properties = "claimdesk.matching.link-threshold=0.90")
class ClaimLifeTest {

  static final Path SAMPLE = Path.of("..", "shared", "samples", "geneva-talks.txt");

  /** What the rewritten copy changes; a statement with none of these is linked unchanged. */
  static final List<String> REWRITES =
      List.of("said on Sunday", "very optimistic", "Vast differences remain");

  @Autowired DocumentService documents;
  @Autowired ClaimService claims;
  @Autowired AuditService audit;
  @Autowired VerdictService verdicts;
  @Autowired ApplicationContext context;

  private IngestResult ingest(DeskScenario desk, String title, String text) {
    return SignedIn.as(
        desk.people.editor(),
        Role.EDITOR,
        () ->
            documents.ingest(
                new DocumentDraft(title, "Wire", null, LocalDate.of(2025, 11, 24), text)));
  }

  private static String sample(String marker) throws Exception {
    return Files.readString(SAMPLE) + "\nReference " + marker + " for this copy of the report.\n";
  }

  private static String rewritten(String marker) throws Exception {
    return sample(marker)
        .replace("said on Sunday", "stated on Sunday")
        .replace("very optimistic", "really optimistic")
        .replace("Vast differences remain", "Big gaps remain");
  }

  private <T> T asEditor(DeskScenario desk, java.util.function.Supplier<T> work) {
    return SignedIn.as(desk.people.editor(), Role.EDITOR, work::get);
  }

  @Test
  void a_published_claim_in_a_rewritten_copy_is_seen_again_in_the_queue_and_its_timeline()
      throws Exception {
    DeskScenario desk = new DeskScenario(context);
    String marker = "life" + System.nanoTime();
    IngestResult first = ingest(desk, "Geneva talks " + marker, sample(marker));
    List<ClaimItemView> items = asEditor(desk, () -> claims.itemsOfDocument(first.document().id()));
    // A long statement the rewrite leaves as it is: the rewritten copy links it for sure.
    ClaimItemView chosen =
        items.stream()
            .filter(i -> REWRITES.stream().noneMatch(i.text()::contains))
            .filter(i -> !i.text().contains("Reference"))
            .filter(i -> i.text().split("\\s+").length >= 12)
            .max(Comparator.comparingDouble(ClaimItemView::score))
            .orElseThrow();
    long claimId = chosen.claimId();
    ClaimSummary seenOnce = desk.claim(claimId);
    assertThat(seenOnce.appearances()).isGreaterThanOrEqualTo(1);
    assertThat(seenOnce.lastSeen()).isNotNull();
    assertThat(seenOnce.lastSeenDocumentId()).isEqualTo(first.document().id());

    desk.publishVerdict(claimId, Rating.FALSE, "The talks were not agreed then");
    ClaimSummary published = desk.claim(claimId);
    assertThat(published.status()).isEqualTo(ClaimStatus.PUBLISHED);
    assertThat(published.verdictPublishedAt()).isAfter(seenOnce.lastSeen());
    assertThat(published.resurfaced()).as("not seen since the verdict").isFalse();
    assertThat(resurfacedIds(desk)).doesNotContain(claimId);

    Instant beforeSecond = Instant.now();
    IngestResult second = ingest(desk, "Talks in Geneva, rewritten " + marker, rewritten(marker));
    ClaimSummary again = desk.claim(claimId);
    assertThat(again.appearances()).isEqualTo(seenOnce.appearances() + 1);
    assertThat(again.lastSeenDocumentId()).isEqualTo(second.document().id());
    assertThat(again.lastSeen()).isAfterOrEqualTo(beforeSecond);
    assertThat(again.resurfaced()).isTrue();
    assertThat(again.seenAgainAt()).isEqualTo(again.lastSeen());

    // The queue's filter, on the database and through the search index (with a text filter).
    assertThat(resurfacedIds(desk)).contains(claimId);
    String word = firstLongWord(again.statement());
    List<Long> byText =
        asEditor(
                desk,
                () ->
                    claims.queue(
                        new ClaimFilter(
                            Set.of(), null, null, null, null, null, null, null, word, true),
                        PageRequest.of(0, 50)))
            .map(ClaimSummary::id)
            .getContent();
    assertThat(byText).contains(claimId).allMatch(id -> desk.claim(id).resurfaced());

    // The rest of the second copy is not "seen again": those claims have no published verdict.
    List<ClaimItemView> secondItems =
        asEditor(desk, () -> claims.itemsOfDocument(second.document().id()));
    assertThat(secondItems).anySatisfy(i -> assertThat(i.claimId()).isEqualTo(claimId));
    assertThat(secondItems.stream().map(ClaimItemView::claimId).distinct())
        .filteredOn(id -> id != claimId)
        .noneMatch(id -> desk.claim(id).resurfaced());

    // Sorted by appearances, the claims of the second copy seen twice come first.
    List<ClaimSummary> byAppearances =
        asEditor(
                desk,
                () ->
                    claims.queue(
                        new ClaimFilter(
                            Set.of(),
                            null,
                            null,
                            null,
                            null,
                            second.document().id(),
                            null,
                            null,
                            null),
                        PageRequest.of(
                            0,
                            200,
                            Sort.by(Sort.Order.desc("appearanceCount"), Sort.Order.desc("id")))))
            .getContent();
    assertThat(byAppearances.getFirst().appearances()).isGreaterThanOrEqualTo(2);
    assertThat(byAppearances)
        .isSortedAccordingTo(Comparator.comparingInt(ClaimSummary::appearances).reversed());
    List<ClaimSummary> byLastSeen =
        asEditor(
                desk,
                () ->
                    claims.queue(
                        ClaimFilter.all(),
                        PageRequest.of(
                            0, 20, Sort.by(Sort.Order.desc("lastSeenAt"), Sort.Order.desc("id")))))
            .getContent();
    assertThat(byLastSeen.getFirst().lastSeen()).isAfterOrEqualTo(beforeSecond);

    // The claim's timeline: the verdict's steps with rating and who, then the appearance after it.
    List<HistoryEntry> verdicts = asEditor(desk, () -> audit.verdictHistory(claimId));
    assertThat(verdicts)
        .extracting(HistoryEntry::what)
        .anyMatch(w -> w.startsWith("proposed the verdict False"))
        .anyMatch(w -> w.equals("approved the verdict False"))
        .anyMatch(w -> w.equals("published the verdict False"));
    HistoryEntry publishedEntry =
        verdicts.stream().filter(v -> v.what().startsWith("published")).findFirst().orElseThrow();
    assertThat(publishedEntry.who()).isEqualTo("Test " + desk.people.secondEditor());
    assertThat(publishedEntry.at()).isBefore(again.lastSeen());
    assertThat(asEditor(desk, () -> claims.appearances(claimId)))
        .anySatisfy(
            i -> {
              assertThat(i.documentId()).isEqualTo(second.document().id());
              assertThat(i.seenAt()).isAfter(publishedEntry.at());
            });
  }

  @Test
  void a_statement_quoted_again_after_its_published_verdict_counts_two_documents_and_is_seen_again()
      throws Exception {
    DeskScenario desk = new DeskScenario(context);
    String marker = "reset" + System.nanoTime();
    String statement =
        "The river authority said the new flood barrier in "
            + marker
            + " will protect twelve thousand homes from next spring.";
    IngestResult first = ingest(desk, "Flood barrier " + marker, statement);
    long claimId =
        asEditor(desk, () -> claims.itemsOfDocument(first.document().id())).getFirst().claimId();
    desk.publishVerdict(claimId, Rating.MOSTLY_TRUE, "Eleven thousand homes");
    ingest(desk, "Flood barrier again " + marker, "Quoted again: " + statement);
    assertThat(desk.claim(claimId).resurfaced()).isTrue();
    assertThat(desk.claim(claimId).appearances()).isEqualTo(2);

    // A published correction is the verdict in force now: nothing was seen after it yet.
    VerdictSummary inForce = desk.verdicts(claimId, VerdictState.PUBLISHED).getFirst();
    VerdictSummary correction =
        SignedIn.as(
            desk.people.editor(),
            Role.EDITOR,
            () ->
                verdicts.correct(
                    inForce.id(),
                    inForce.version(),
                    Rating.HALF_TRUE,
                    "About half of the homes",
                    null,
                    "The authority revised its figure"));
    VerdictSummary approved =
        SignedIn.as(
            desk.people.secondEditor(),
            Role.EDITOR,
            () -> verdicts.approve(correction.id(), correction.version()));
    SignedIn.as(
        desk.people.secondEditor(),
        Role.EDITOR,
        () -> verdicts.publish(approved.id(), approved.version()));
    assertThat(desk.claim(claimId).resurfaced()).isFalse();
    assertThat(desk.claim(claimId).appearances()).isEqualTo(2);
    assertThat(asEditor(desk, () -> audit.verdictHistory(claimId)))
        .extracting(HistoryEntry::what)
        .containsSubsequence(
            "published the verdict Mostly true",
            "proposed a correction of the verdict: rating from Mostly true to Half true (The"
                + " authority revised its figure)",
            "approved the correction Half true",
            "published the correction of the verdict: Half true");
  }

  private List<Long> resurfacedIds(DeskScenario desk) {
    return asEditor(
            desk,
            () ->
                claims.queue(
                    ClaimFilter.all().withResurfaced(true),
                    PageRequest.of(0, 500, Sort.by(Sort.Order.desc("seenAgainAt")))))
        .map(ClaimSummary::id)
        .getContent();
  }

  private static String firstLongWord(String statement) {
    for (String word : statement.split("[^\\p{L}]+")) {
      if (word.length() >= 7) {
        return word;
      }
    }
    return statement.split("\\s+")[0];
  }
}
