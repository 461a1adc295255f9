package org.claimdesk.desk;

import java.time.LocalDate;
import java.util.EnumSet;
import org.claimdesk.claims.ClaimItemView;
import org.claimdesk.claims.ClaimService;
import org.claimdesk.claims.ClaimStatus;
import org.claimdesk.claims.ClaimSummary;
import org.claimdesk.documents.DocumentDraft;
import org.claimdesk.documents.DocumentService;
import org.claimdesk.documents.DocumentSummary;
import org.claimdesk.nlp.SpeakerKind;
import org.claimdesk.support.SignedIn;
import org.claimdesk.users.NewUser;
import org.claimdesk.users.Role;
import org.claimdesk.users.UserService;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Claims for the claim page's tests. A wire-credited document is ingested through the service; the
 * details of its item are then set exactly with plain, portable SQL updates, because no service
 * edits what extraction found.
 */
final class ClaimPageFixtures {

  static final String SENTENCE =
      "According to Xinhua, the European side had never formally received the 28-point plan,"
          + " and a decision is expected next week.";
  static final String ITEM_TEXT = "the European side had never formally received the 28-point plan";

  private final ClaimService claims;
  private final DocumentService documents;
  private final UserService users;
  private final JdbcTemplate jdbc;

  ClaimPageFixtures(
      ClaimService claims, DocumentService documents, UserService users, JdbcTemplate jdbc) {
    this.claims = claims;
    this.documents = documents;
    this.users = users;
    this.jdbc = jdbc;
  }

  ClaimSummary newClaim(String statement) {
    return SignedIn.as(
        edna(),
        Role.EDITOR,
        () -> claims.create(statement, "unnamed sources", SpeakerKind.ANONYMOUS_SOURCES));
  }

  ClaimSummary acceptedClaim(String statement) {
    ClaimSummary c = newClaim(statement);
    return SignedIn.as(
        edna(),
        Role.EDITOR,
        () -> claims.changeStatus(c.id(), c.version(), ClaimStatus.ACCEPTED, null));
  }

  /**
   * A claim found in a document credited to the given wire services, with a follow-up hint due
   * {@code hintDate}.
   */
  ClaimSummary claimFromWireCopy(String wireCredits, LocalDate hintDate) {
    long n = System.nanoTime();
    DocumentSummary document =
        SignedIn.as(
            edna(),
            Role.EDITOR,
            () ->
                documents
                    .ingest(
                        new DocumentDraft(
                            "Peace plan talks " + n, "Wire desk", null, null, SENTENCE + " #" + n))
                    .document());
    jdbc.update("update document set wire_credits = ? where id = ?", wireCredits, document.id());
    // The item as extraction stored it, with the details the tests look for set exactly; plain
    // updates of the rows the ingest wrote, which run on H2 and PostgreSQL alike.
    ClaimItemView item =
        SignedIn.as(edna(), Role.EDITOR, () -> claims.itemsOfDocument(document.id())).getFirst();
    int start = SENTENCE.indexOf(ITEM_TEXT);
    jdbc.update(
        "update claim_item set item_text = ?, sentence = ?, start_offset = ?, end_offset = ?,"
            + " speaker_name = 'Xinhua', speaker_kind = 'ORGANIZATION', cue = 'according to',"
            + " attribution = 'INDIRECT', score = 0.82, checkworthy = true, reasons = ?,"
            + " follow_up_reason = ?, follow_up_date = ? where id = ?",
        ITEM_TEXT,
        SENTENCE,
        start,
        start + ITEM_TEXT.length(),
        "names a document\nnegation of a verifiable act",
        "A decision is expected next week",
        hintDate,
        item.id());
    ClaimSummary found =
        SignedIn.as(edna(), Role.EDITOR, () -> claims.find(item.claimId())).orElseThrow();
    ClaimSummary claim =
        SignedIn.as(
            edna(),
            Role.EDITOR,
            () -> {
              ClaimSummary edited =
                  claims.editStatement(
                      found.id(),
                      found.version(),
                      "Europe never formally received the 28-point plan " + n,
                      "unnamed sources",
                      SpeakerKind.ANONYMOUS_SOURCES);
              return claims.changeStatus(edited.id(), edited.version(), ClaimStatus.ACCEPTED, null);
            });
    return SignedIn.as(edna(), Role.EDITOR, () -> claims.find(claim.id()).orElseThrow());
  }

  private @Nullable String edna;

  /** The editor who triages in these tests: a real account, made on first use. */
  String edna() {
    if (edna == null) {
      edna = editor("edna");
    }
    return edna;
  }

  String editor(String prefix) {
    return person(prefix, Role.EDITOR);
  }

  String reviewer(String prefix) {
    return person(prefix, Role.REVIEWER);
  }

  private String person(String prefix, Role role) {
    String name = prefix + System.nanoTime();
    SignedIn.as(
        "admin",
        Role.ADMIN,
        () ->
            users.createUser(
                new NewUser(
                    name,
                    Character.toUpperCase(prefix.charAt(0)) + prefix.substring(1) + " " + name,
                    "a long enough secret",
                    EnumSet.of(role),
                    null,
                    null)));
    return name;
  }
}
