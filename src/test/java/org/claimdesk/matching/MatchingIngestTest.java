package org.claimdesk.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.claimdesk.claims.ClaimItemView;
import org.claimdesk.claims.ClaimService;
import org.claimdesk.claims.ClaimStatus;
import org.claimdesk.documents.DocumentDraft;
import org.claimdesk.documents.DocumentService;
import org.claimdesk.documents.DuplicateDocumentException;
import org.claimdesk.documents.IngestResult;
import org.claimdesk.shared.UserFacingException;
import org.claimdesk.support.DeskScenario;
import org.claimdesk.support.IntegrationTest;
import org.claimdesk.support.SignedIn;
import org.claimdesk.users.Role;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** A claim that comes back in a later document is recognised, linked or offered, not duplicated. */
@IntegrationTest
@org.springframework.test.context.TestPropertySource(
    properties = "claimdesk.matching.link-threshold=0.90")
class MatchingIngestTest {
  static final Path SAMPLE = Path.of("..", "shared", "samples", "geneva-talks.txt");

  @Autowired DocumentService documents;
  @Autowired ClaimService claims;
  @Autowired MatchingService matching;
  @Autowired ApplicationContext context;
  private @Nullable String editor;

  private String editor() {
    if (editor == null) {
      editor = new DeskScenario(context).people.editor();
    }
    return editor;
  }

  private IngestResult ingest(String title, String text) {
    return SignedIn.as(
        editor(),
        Role.EDITOR,
        () ->
            documents.ingest(
                new DocumentDraft(title, "Wire", null, LocalDate.of(2025, 11, 24), text)));
  }

  private List<ClaimItemView> items(long documentId) {
    return SignedIn.as(editor(), Role.EDITOR, () -> claims.itemsOfDocument(documentId));
  }

  /** The sample with a line of its own, so that other tests' copies do not collide with it. */
  private static String sample(String marker) throws Exception {
    return Files.readString(SAMPLE) + "\nReference " + marker + " for this copy of the report.\n";
  }

  @Test
  void the_second_copy_of_an_edited_article_links_or_suggests_every_item_and_makes_no_duplicates()
      throws Exception {
    String marker = "m" + System.nanoTime();
    IngestResult first = ingest("Geneva talks " + marker, sample(marker));
    String edited =
        sample(marker + "b")
            .replace("said on Sunday", "stated on Sunday")
            .replace("very optimistic", "really optimistic")
            .replace("Vast differences remain", "Big gaps remain");
    IngestResult second = ingest("Talks in Geneva, day two " + marker, edited);

    Set<Long> firstClaims =
        items(first.document().id()).stream()
            .map(ClaimItemView::claimId)
            .collect(Collectors.toSet());
    List<ClaimItemView> again = items(second.document().id());
    assertThat(again).hasSizeGreaterThan(10);
    List<MatchSuggestionView> offered =
        SignedIn.as(
            editor(),
            Role.EDITOR,
            () -> matching.suggestionsForItems(again.stream().map(ClaimItemView::id).toList()));
    Set<Long> suggestedItems =
        offered.stream().map(MatchSuggestionView::itemId).collect(Collectors.toSet());
    List<ClaimItemView> linked =
        again.stream().filter(i -> i.claimId() != 0 && isEarlier(i, second)).toList();
    List<ClaimItemView> neither =
        again.stream()
            .filter(i -> !isEarlier(i, second) && !suggestedItems.contains(i.id()))
            .toList();
    assertThat(neither).as("items neither linked nor suggested").isEmpty();
    assertThat(linked).as("long, unchanged statements are linked").hasSizeGreaterThan(5);
    assertThat(linked)
        .as("linked to the first copy's claims or to an identical earlier copy's")
        .anySatisfy(i -> assertThat(i.claimId()).isIn(firstClaims));
    assertThat(offered)
        .allSatisfy(s -> assertThat(s.why()).contains("Similarity").contains("shared terms"));
  }

  private boolean isEarlier(ClaimItemView item, IngestResult second) {
    Long first =
        SignedIn.as(editor(), Role.EDITOR, () -> claims.find(item.claimId()))
            .orElseThrow()
            .firstDocumentId();
    return first != null && first != second.document().id();
  }

  @Test
  void a_copy_differing_in_whitespace_punctuation_and_boilerplate_is_the_same_document()
      throws Exception {
    String marker = "d" + System.nanoTime();
    String text = sample(marker);
    ingest("Original " + marker, text);
    String messy =
        "Share this article on social media\n\n"
            + text.replace(". ", ".   ").replace("\"", "“").replace(",", " ,");
    assertThatThrownBy(() -> ingest("Messy copy " + marker, messy))
        .isInstanceOf(DuplicateDocumentException.class)
        .hasMessageContaining("Original " + marker);
  }

  @Test
  void confirm_makes_the_item_an_appearance_and_reject_is_never_offered_again() throws Exception {
    String marker = "c" + System.nanoTime();
    String a =
        "The harbour authority said the new ferry terminal will cost 40 million euros "
            + marker
            + ".";
    String b =
        "The harbour authority said the new cruise terminal will cost 40 million euros "
            + marker
            + ".";
    String c =
        "Port officials claim the ferry terminal in the harbour costs forty million euros "
            + marker
            + ".";
    IngestResult one = ingest("Harbour " + marker, a);
    IngestResult two = ingest("Harbour again " + marker, b + " " + c);
    List<ClaimItemView> secondItems = items(two.document().id());
    List<MatchSuggestionView> offered =
        SignedIn.as(
            editor(),
            Role.EDITOR,
            () ->
                matching.suggestionsForItems(secondItems.stream().map(ClaimItemView::id).toList()));
    assertThat(offered).isNotEmpty();
    long earlier = items(one.document().id()).getFirst().claimId();
    MatchSuggestionView toConfirm = offered.getFirst();
    assertThat(toConfirm.claimId()).isEqualTo(earlier);
    SignedIn.as(editor(), Role.EDITOR, () -> matching.confirm(toConfirm.id()));
    assertThat(
            SignedIn.as(editor(), Role.EDITOR, () -> claims.appearances(earlier)).stream()
                .map(ClaimItemView::id))
        .contains(toConfirm.itemId());
    assertThat(
            SignedIn.as(editor(), Role.EDITOR, () -> claims.find(toConfirm.itemClaimId()))
                .orElseThrow()
                .status())
        .isEqualTo(ClaimStatus.DISMISSED);
    assertThatThrownBy(
            () -> SignedIn.as(editor(), Role.EDITOR, () -> matching.confirm(toConfirm.id())))
        .isInstanceOf(UserFacingException.class)
        .hasMessageContaining("already confirmed");

    // The other item's suggestion is rejected and its matches no longer name that claim.
    List<MatchSuggestionView> rest =
        offered.stream().filter(s -> s.itemClaimId() != toConfirm.itemClaimId()).toList();
    for (MatchSuggestionView s : rest) {
      SignedIn.as(editor(), Role.EDITOR, () -> matching.reject(s.id()));
      assertThat(
              SignedIn.as(editor(), Role.EDITOR, () -> matching.matchesOf(s.itemClaimId())).stream()
                  .map(ClaimMatch::claimId))
          .doesNotContain(s.claimId());
    }
    String reviewer = new DeskScenario(context).people.reviewer();
    assertThatThrownBy(() -> SignedIn.as(reviewer, Role.REVIEWER, () -> matching.reject(1)))
        .as("only editors decide on suggestions")
        .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
  }
}
