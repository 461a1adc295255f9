package org.claimdesk.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.claimdesk.claims.ClaimService;
import org.claimdesk.claims.ClaimStatus;
import org.claimdesk.nlp.SpeakerKind;
import org.claimdesk.support.SignedIn;
import org.claimdesk.users.ApiTokens;
import org.claimdesk.users.Role;
import org.claimdesk.users.UserService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The queue export selects what the queue shows: the same query parameters, read by the same code,
 * and the statement words matched through the search index (stems and phrases), not as a substring.
 */
@ApiTest
class QueueExportFiltersTest {

  @LocalServerPort int port;
  @Autowired UserService users;
  @Autowired ApiTokens tokens;
  @Autowired ClaimService claims;
  private ApiClient editor;
  private String speaker;
  private String editorName;

  @BeforeEach
  void setUp() {
    ApiPeople people = new ApiPeople(users, tokens, port);
    editor = people.client("exfilter", Role.EDITOR);
    speaker = "Export Filter Speaker " + System.nanoTime();
    editorName = people.person("exfilteredit", Role.EDITOR);
    List<String> statements =
        List.of(
            "The minister said tariffs on steel doubled last year.",
            "A tariff on imported cars was cut to zero in March.",
            "Steel output fell by a third, the union said.",
            "Unemployment reached nine percent in the north.",
            "The tariffs raised prices of washing machines by twelve percent.",
            // A substring of "tariffs" inside another word is no match for the word.
            "Its tariffsheets were never published, the auditor said.");
    SignedIn.as(
        editorName,
        Role.EDITOR,
        () -> statements.forEach(s -> claims.create(s, speaker, SpeakerKind.PERSON)));
  }

  private List<Long> queue(String filters) {
    var page = editor.get("/api/v1/claims?size=500&sort=id,asc&" + filters);
    assertThat(page.status()).as(page.toString()).isEqualTo(200);
    List<Long> ids = new ArrayList<>();
    page.get("items").forEach(c -> ids.add(c.get("id").asLong()));
    return ids;
  }

  private List<Long> exported(String filters) {
    var answer = editor.get("/api/v1/claims/export?format=jsonl&" + filters);
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    List<Long> ids = new ArrayList<>();
    for (String line : answer.raw().body().split("\n")) {
      if (!line.isBlank()) {
        JsonNode row = ApiClient.JSON.readTree(line);
        ids.add(row.get("claim_id").asLong());
      }
    }
    return ids;
  }

  private String bySpeaker() {
    return "speaker=" + URLEncoder.encode(speaker, StandardCharsets.UTF_8);
  }

  @Test
  void the_export_holds_exactly_the_claims_the_queue_shows_for_the_same_filters() {
    List<String> filters =
        List.of(
            bySpeaker(),
            bySpeaker() + "&q=tariff",
            bySpeaker() + "&q=steel+tariffs",
            bySpeaker() + "&q=%22washing+machines%22",
            bySpeaker() + "&q=unemploy*&status=NEW",
            bySpeaker() + "&q=tariff&status=ACCEPTED",
            bySpeaker() + "&status=NEW&from=2000-01-01&to=2100-01-01");
    for (String f : filters) {
      assertThat(exported(f)).as(f).isEqualTo(queue(f));
    }
    // Words as words: "tariff" finds "tariffs" (a stem the substring search missed) and not
    // "tariffsheets"; a phrase and a prefix work as in the queue's search box.
    assertThat(exported(bySpeaker() + "&q=tariff")).hasSize(3);
    assertThat(exported(bySpeaker() + "&q=steel+tariffs")).hasSize(1);
    assertThat(exported(bySpeaker() + "&q=%22washing+machines%22")).hasSize(1);
    assertThat(exported(bySpeaker() + "&q=unemploy*&status=NEW")).hasSize(1);
    assertThat(exported(bySpeaker() + "&q=tariff&status=ACCEPTED")).isEmpty();
    assertThat(exported(bySpeaker())).hasSize(6);
  }

  @Test
  void a_list_of_statuses_may_be_comma_separated_or_repeated() {
    long first = queue(bySpeaker()).getFirst();
    SignedIn.as(
        editorName,
        Role.EDITOR,
        () ->
            claims.changeStatus(
                first, claims.find(first).orElseThrow().version(), ClaimStatus.ACCEPTED, null));
    List<Long> newOnes = queue(bySpeaker() + "&status=NEW");
    List<Long> both = queue(bySpeaker() + "&status=NEW,ACCEPTED");
    assertThat(queue(bySpeaker() + "&status=NEW&status=ACCEPTED")).isEqualTo(both);
    assertThat(both).containsAll(newOnes).hasSizeGreaterThan(newOnes.size());
    assertThat(queue(bySpeaker() + "&status=")).isEqualTo(queue(bySpeaker()));
  }

  @Test
  void a_bad_filter_is_the_same_problem_on_both() {
    for (String path : List.of("/api/v1/claims?", "/api/v1/claims/export?format=csv&")) {
      refused(path + "from=last-week", "'from'", "a date like");
      refused(path + "status=SOMETIMES", "'status'", "NEW");
      refused(path + "status=NEW&status=SOMETIMES", "'status'", "ACCEPTED");
      refused(path + "documentId=first", "'documentId'", "a whole number");
      refused(path + "resurfaced=perhaps", "'resurfaced'", "true or false");
    }
  }

  /** A 400 problem whose detail names the parameter and what it should have been. */
  private void refused(String address, String parameter, String expected) {
    var answer = editor.get(address);
    assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
    assertThat(answer.detail()).as(address).contains(parameter).contains(expected);
  }
}
