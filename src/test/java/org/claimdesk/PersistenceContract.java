package org.claimdesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.OptimisticLockException;
import java.time.LocalDate;
import org.claimdesk.audit.AuditReason;
import org.claimdesk.audit.AuditService;
import org.claimdesk.audit.RevisionSummary;
import org.claimdesk.claims.Claim;
import org.claimdesk.claims.ClaimService;
import org.claimdesk.claims.ClaimStatus;
import org.claimdesk.claims.ClaimSummary;
import org.claimdesk.claims.StaleClaimException;
import org.claimdesk.documents.DocumentDraft;
import org.claimdesk.documents.DocumentService;
import org.claimdesk.nlp.SpeakerKind;
import org.claimdesk.support.DeskScenario;
import org.claimdesk.support.SignedIn;
import org.claimdesk.users.Role;
import org.flywaydb.core.Flyway;
import org.hibernate.envers.AuditReaderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * What the database must do on every engine ClaimDesk runs on: the migrations apply and Hibernate
 * accepts the schema, audited changes record who made them, and stale updates are refused.
 */
abstract class PersistenceContract {

  @Autowired Flyway flyway;
  @Autowired DocumentService documents;
  @Autowired ClaimService claims;
  @Autowired AuditService audit;
  @Autowired EntityManagerFactory entityManagerFactory;
  @Autowired ApplicationContext context;

  /** Real accounts, created through the user service for each test. */
  DeskScenario.People people;

  @BeforeEach
  void createPeople() {
    people = new DeskScenario(context).people;
  }

  @Test
  void the_migrations_apply_and_hibernate_accepts_the_schema() {
    assertThat(flyway.info().applied())
        .extracting(m -> m.getVersion().getVersion())
        .contains("0001");
    assertThat(flyway.info().pending()).isEmpty();
  }

  @Test
  void an_audited_change_leaves_an_audit_row_with_the_username_and_reason() {
    ClaimSummary claim =
        SignedIn.as(
            people.editor(),
            Role.EDITOR,
            () -> claims.create("Unemployment fell to 3%", "A Minister", SpeakerKind.PERSON));
    SignedIn.as(
        people.secondEditor(),
        Role.EDITOR,
        () ->
            AuditReason.with(
                "clearly checkable",
                () ->
                    claims.changeStatus(claim.id(), claim.version(), ClaimStatus.ACCEPTED, null)));

    var reader = AuditReaderFactory.get(entityManagerFactory.createEntityManager());
    var revisions = reader.getRevisions(Claim.class, claim.id());
    assertThat(revisions).hasSize(2);

    var trail = SignedIn.as(people.auditor(), Role.AUDITOR, () -> audit.recent(10));
    RevisionSummary acceptance = trail.getFirst();
    assertThat(acceptance.id()).isEqualTo(revisions.getLast().longValue());
    assertThat(acceptance.username()).isEqualTo(people.secondEditor());
    assertThat(acceptance.reason()).isEqualTo("clearly checkable");
    assertThat(trail)
        .anySatisfy(
            r -> {
              assertThat(r.id()).isEqualTo(revisions.getFirst().longValue());
              assertThat(r.username()).isEqualTo(people.editor());
            });
  }

  @Test
  void an_ingested_document_is_audited_under_the_editor_who_saved_it() {
    var saved =
        SignedIn.as(
            people.thirdEditor(),
            Role.EDITOR,
            () ->
                documents.ingest(
                    new DocumentDraft(
                        "Port traffic report " + System.nanoTime(),
                        "Harbour Gazette",
                        "https://example.org/port",
                        LocalDate.of(2025, 11, 23),
                        "The port handled 4 million containers last year, officials said.")));
    var trail = SignedIn.as(people.auditor(), Role.AUDITOR, () -> audit.recent(1));
    assertThat(trail.getFirst().username()).isEqualTo(people.thirdEditor());
    assertThat(saved.document().ingestedBy()).isEqualTo(people.thirdEditor());
    var items =
        SignedIn.as(
            people.thirdEditor(), Role.EDITOR, () -> claims.itemsOfDocument(saved.document().id()));
    assertThat(items)
        .as("the extraction's items are stored as claims")
        .anySatisfy(i -> assertThat(i.text()).contains("4 million containers"));
    assertThat(items).allSatisfy(i -> assertThat(i.claimStatus()).isEqualTo(ClaimStatus.NEW));
  }

  @Test
  void a_stale_update_through_the_service_is_refused() {
    ClaimSummary claim =
        SignedIn.as(
            people.editor(), Role.EDITOR, () -> claims.create("Exports doubled", null, null));
    SignedIn.as(
        people.editor(),
        Role.EDITOR,
        () -> claims.changeStatus(claim.id(), claim.version(), ClaimStatus.ACCEPTED, null));

    assertThatThrownBy(
            () ->
                SignedIn.as(
                    people.secondEditor(),
                    Role.EDITOR,
                    () ->
                        claims.changeStatus(
                            claim.id(), claim.version(), ClaimStatus.DISMISSED, "duplicate")))
        .isInstanceOf(StaleClaimException.class)
        .hasMessageContaining("Somebody else has changed this claim");
    ClaimSummary now =
        SignedIn.as(
            people.secondEditor(), Role.EDITOR, () -> claims.find(claim.id()).orElseThrow());
    assertThat(now.status()).isEqualTo(ClaimStatus.ACCEPTED);
  }

  @Test
  void a_stale_update_is_refused_by_optimistic_locking_in_the_database() {
    ClaimSummary claim =
        SignedIn.as(
            people.editor(), Role.EDITOR, () -> claims.create("Crime rose by 40%", null, null));
    Claim staleCopy;
    try (var reader = entityManagerFactory.createEntityManager()) {
      staleCopy = reader.find(Claim.class, claim.id());
    }
    SignedIn.as(
        people.secondEditor(),
        Role.EDITOR,
        () -> claims.changeStatus(claim.id(), claim.version(), ClaimStatus.ACCEPTED, null));

    try (var writer = entityManagerFactory.createEntityManager()) {
      writer.getTransaction().begin();
      assertThatThrownBy(
              () -> {
                writer.merge(staleCopy);
                writer.flush();
              })
          .isInstanceOf(OptimisticLockException.class);
      writer.getTransaction().rollback();
    }
    ClaimSummary now =
        SignedIn.as(
            people.secondEditor(), Role.EDITOR, () -> claims.find(claim.id()).orElseThrow());
    assertThat(now.status()).isEqualTo(ClaimStatus.ACCEPTED);
  }
}
