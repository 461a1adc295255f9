package org.claimdesk.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.claimdesk.audit.AuditService;
import org.claimdesk.audit.log.ExportVerifier;
import org.claimdesk.audit.log.NoteKey;
import org.claimdesk.claims.ClaimService;
import org.claimdesk.support.SignedIn;
import org.claimdesk.users.ApiTokens;
import org.claimdesk.users.Role;
import org.claimdesk.users.UserService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The streamed audit export over real HTTP, as an auditor's script fetches it with a token. */
@ApiTest
class AuditExportControllerTest {

  @LocalServerPort int port;
  @Autowired UserService users;
  @Autowired ApiTokens tokens;
  @Autowired ClaimService claims;
  @Autowired AuditService audit;

  private ApiClient client(String prefix, Role role) {
    return new ApiPeople(users, tokens, port).client(prefix, role);
  }

  @Test
  void an_auditor_downloads_an_export_that_verifies_with_the_public_key() {
    SignedIn.as(
        "admin",
        Role.ADMIN,
        () -> claims.create("Inflation halved " + System.nanoTime(), null, null));
    String key = SignedIn.as("admin", Role.ADMIN, () -> audit.publicKey());
    ApiClient.Answer answer = client("carol", Role.AUDITOR).get("/api/v1/audit/export");
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    assertThat(answer.contentType()).contains("application/x-ndjson");
    String body = answer.raw().body();
    List<String> lines = body.lines().toList();
    assertThat(lines.getFirst()).contains("\"type\":\"header\"");
    assertThat(lines.getLast()).contains("\"type\":\"checkpoint\"");
    assertThat(body).contains("\"change\":\"EXPORT_MADE\"");
    ExportVerifier.Result verdict =
        ExportVerifier.verify(
            new BufferedReader(new StringReader(body)), NoteKey.parseVerifier(key), null);
    assertThat(verdict.intact()).as(verdict.message()).isTrue();
  }

  @Test
  void a_range_export_with_a_consistency_proof_verifies_too() {
    String today = LocalDate.now().toString();
    ApiClient.Answer answer =
        client("carol", Role.AUDITOR)
            .get("/api/v1/audit/export?from=" + today + "&to=" + today + "&since=1");
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    String body = answer.raw().body();
    assertThat(body).contains("\"type\":\"consistency\"");
    ExportVerifier.Result verdict =
        ExportVerifier.verify(new BufferedReader(new StringReader(body)), null, null);
    assertThat(verdict.intact()).as(verdict.message()).isTrue();
  }

  @Test
  void others_are_refused_and_bad_parameters_get_a_problem_document() {
    assertThat(client("edna", Role.EDITOR).get("/api/v1/audit/export").status()).isEqualTo(403);
    assertThat(ApiClient.anonymous(port).get("/api/v1/audit/export").status()).isEqualTo(401);
    ApiClient.Answer bad = client("carol", Role.AUDITOR).get("/api/v1/audit/export?from=yesterday");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.contentType()).contains("application/problem+json");
    assertThat(bad.detail()).contains("2025-11-23");
  }
}
