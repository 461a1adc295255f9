package org.claimdesk.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.claimdesk.claims.ClaimItemView;
import org.claimdesk.claims.ClaimService;
import org.claimdesk.nlp.SpeakerKind;
import org.claimdesk.shared.UserFacingException;
import org.claimdesk.support.DeskScenario;
import org.claimdesk.support.IntegrationTest;
import org.claimdesk.support.SignedIn;
import org.claimdesk.users.Role;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Saving a document stores it, its claim items and a NEW claim per item, in one go. */
@IntegrationTest
class IngestTest {

  static final Path SAMPLE = Path.of("..", "shared", "samples", "geneva-talks.txt");

  @Autowired DocumentService documents;
  @Autowired ClaimService claims;
  @Autowired ApplicationContext context;
  private @Nullable String editor;

  /** A real editor's account, created through the services for this test. */
  private String editor() {
    if (editor == null) {
      editor = new DeskScenario(context).people.editor();
    }
    return editor;
  }

  @Test
  void the_geneva_sample_becomes_claims_with_speakers_and_its_wire_credit() throws Exception {
    String text = Files.readString(SAMPLE);
    IngestResult result =
        SignedIn.as(
            editor(),
            Role.EDITOR,
            () ->
                documents.ingest(
                    new DocumentDraft(
                        "Geneva talks", "CGTN", null, LocalDate.of(2025, 11, 23), text)));
    assertThat(result.document().wireCredits()).contains("Xinhua");
    assertThat(result.items()).isGreaterThan(10);

    var items =
        SignedIn.as(editor(), Role.EDITOR, () -> claims.itemsOfDocument(result.document().id()));
    assertThat(items).hasSize(result.items());
    ClaimItemView europe =
        items.stream()
            .filter(i -> i.text().contains("never formally received"))
            .findFirst()
            .orElseThrow();
    assertThat(europe.speakerKind()).isEqualTo(SpeakerKind.ANONYMOUS_SOURCES);
    assertThat(text.substring(europe.start(), europe.end())).contains("never formally received");
    assertThat(items)
        .as("boilerplate such as the cookie notice is not a claim")
        .noneSatisfy(i -> assertThat(i.text()).containsIgnoringCase("cookie"));
    assertThat(items)
        .anySatisfy(
            i -> {
              assertThat(i.text()).contains("Russia has not yet responded");
              assertThat(i.followUpReason()).isNotBlank();
            });
  }

  @Test
  void empty_binary_and_duplicate_texts_are_refused_with_a_plain_message() {
    SignedIn.as(
        editor(),
        Role.EDITOR,
        () -> {
          assertThatThrownBy(
                  () -> documents.ingest(new DocumentDraft("t", null, null, null, "  \n")))
              .isInstanceOf(UserFacingException.class)
              .hasMessageContaining("The text is empty");
          assertThatThrownBy(
                  () -> documents.ingest(new DocumentDraft("t", null, null, null, "abc\0def")))
              .hasMessageContaining("binary data");
          assertThatThrownBy(
                  () ->
                      documents.ingest(
                          new DocumentDraft("t", null, null, null, "x".repeat(1_000_001))))
              .hasMessageContaining(
                  "at most 1,000,000 characters are accepted, and nothing was saved");
          assertThatThrownBy(
                  () ->
                      documents.ingest(
                          new DocumentDraft("t", null, "javascript:alert(1)", null, "Some text.")))
              .hasMessageContaining("Only http and https");
          String text = "The ministry said exports rose 12% in 2024. " + System.nanoTime();
          documents.ingest(new DocumentDraft("First", null, null, null, text));
          assertThatThrownBy(
                  () -> documents.ingest(new DocumentDraft("Again", null, null, null, text)))
              .hasMessageContaining("already in ClaimDesk as 'First'");
        });
  }
}
