package org.claimdesk.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.claimdesk.ClaimDeskApplication;
import org.claimdesk.claims.ClaimService;
import org.claimdesk.claims.ClaimStatus;
import org.claimdesk.claims.ClaimSummary;
import org.claimdesk.documents.DocumentDraft;
import org.claimdesk.documents.DocumentService;
import org.claimdesk.documents.DocumentSummary;
import org.claimdesk.search.IndexProgress;
import org.claimdesk.search.IndexRebuild;
import org.claimdesk.search.SearchQuery;
import org.claimdesk.search.SearchResults;
import org.claimdesk.search.SearchService;
import org.claimdesk.support.DeskScenario;
import org.claimdesk.support.SignedIn;
import org.claimdesk.ui.ErrorMessages;
import org.claimdesk.users.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Two web nodes on one PostgreSQL, as behind a load balancer: what one saves the other shows at
 * once, a save based on what the other node showed before is refused as a conflict, wrong passwords
 * count towards the lockout whichever node they reach, and each node's own search index follows
 * what the other saves.
 */
class TwoNodesTest {

  private static EmbeddedPostgres postgres;
  private static ConfigurableApplicationContext first;
  private static ConfigurableApplicationContext second;
  private static String url;

  /** The second node keeps its index on disk, as a real node does, so that it can restart. */
  private static java.nio.file.Path secondIndex;

  @BeforeAll
  static void twoNodesOnOneDatabase() throws Exception {
    postgres = EmbeddedPostgres.builder().start();
    try (Connection c = postgres.getPostgresDatabase().getConnection();
        var s = c.createStatement()) {
      s.execute("create database claimdesk_nodes");
    }
    url = postgres.getJdbcUrl("postgres", "claimdesk_nodes");
    secondIndex = java.nio.file.Files.createTempDirectory("claimdesk-second-node-index");
    first = node(url, null);
    second = node(url, secondIndex);
  }

  @AfterAll
  static void stop() throws Exception {
    if (second != null) {
      second.close();
    }
    if (first != null) {
      first.close();
    }
    if (postgres != null) {
      postgres.close();
    }
  }

  @Test
  void a_claim_changed_on_one_node_shows_on_the_other() {
    ClaimService onFirst = first.getBean(ClaimService.class);
    ClaimService onSecond = second.getBean(ClaimService.class);
    // Each context reads the signed-in person from its own holder (Vaadin's).

    on(first);
    // Real accounts, created through the user service; both nodes share the database.
    DeskScenario.People people = new DeskScenario(first).people;
    String edna = people.editor();
    String otto = people.secondEditor();
    ClaimSummary created =
        SignedIn.as(edna, Role.EDITOR, () -> onFirst.create("Turnout was 71 percent", null, null));
    on(second);
    ClaimSummary seen =
        SignedIn.as(otto, Role.EDITOR, () -> onSecond.find(created.id()).orElseThrow());
    assertThat(seen.statement()).isEqualTo("Turnout was 71 percent");

    on(second);
    SignedIn.as(
        otto,
        Role.EDITOR,
        () ->
            onSecond.editStatement(
                seen.id(), seen.version(), "Turnout was 61 percent", "The council", null));
    on(first);
    ClaimSummary reread =
        SignedIn.as(edna, Role.EDITOR, () -> onFirst.find(created.id()).orElseThrow());
    assertThat(reread.statement()).isEqualTo("Turnout was 61 percent");
    assertThat(reread.claimantName()).isEqualTo("The council");

    Throwable stale =
        catchThrowable(
            () ->
                SignedIn.as(
                    edna,
                    Role.EDITOR,
                    () ->
                        onFirst.editStatement(
                            created.id(),
                            created.version(),
                            "Turnout was 17 percent",
                            null,
                            null)));
    assertThat(stale).isNotNull();
    assertThat(ErrorMessages.isConflict(stale)).as(String.valueOf(stale)).isTrue();
  }

  @Test
  void the_search_index_of_the_other_node_follows_creations_edits_and_merges() {
    on(first);
    DeskScenario.People people = new DeskScenario(first).people;
    String edna = people.editor();
    ClaimService onFirst = first.getBean(ClaimService.class);
    SearchService searchOnSecond = second.getBean(SearchService.class);
    // Words no other test uses, so that a hit is this test's claim.
    ClaimSummary created =
        SignedIn.as(
            edna,
            Role.EDITOR,
            () -> onFirst.create("The quorndale reservoir holds 40 million litres", null, null));
    ClaimSummary edited =
        SignedIn.as(
            edna,
            Role.EDITOR,
            () -> onFirst.create("Bus fares in Tallowmere rose by a tenth", null, null));
    SignedIn.as(
        edna,
        Role.EDITOR,
        () ->
            onFirst.editStatement(
                edited.id(),
                edited.version(),
                "Bus fares in Tallowmere rose by a quarter, the mayor said",
                "The mayor",
                null));
    DocumentSummary document =
        SignedIn.as(
                edna,
                Role.EDITOR,
                () ->
                    first
                        .getBean(DocumentService.class)
                        .ingest(
                            new DocumentDraft(
                                "Harbour dredging in Quillbay",
                                "Wire",
                                null,
                                LocalDate.of(2026, 11, 30),
                                "The council said the Quillbay harbour dredging cost 3 million"
                                    + " euros last year.")))
            .document();

    on(second);
    String otto = people.secondEditor();
    assertThat(awaitClaimIds(searchOnSecond, otto, SearchQuery.of("quorndale reservoir")))
        .contains(created.id());
    assertThat(awaitClaimIds(searchOnSecond, otto, SearchQuery.of("tallowmere quarter")))
        .contains(edited.id());
    // The old wording is gone from the second node's index too.
    assertThat(claimIds(searchOnSecond, otto, SearchQuery.of("tallowmere tenth")))
        .doesNotContain(edited.id());
    assertThat(
            await(
                () ->
                    SignedIn.as(
                            otto,
                            Role.EDITOR,
                            () -> searchOnSecond.search(SearchQuery.of("quillbay dredging")))
                        .documents()
                        .stream()
                        .map(SearchResults.DocumentHit::id)
                        .toList(),
                ids -> ids.contains(document.id())))
        .contains(document.id());

    // Merged on the first node: the second no longer finds it among new claims.
    on(first);
    ClaimSummary kept =
        SignedIn.as(edna, Role.EDITOR, () -> onFirst.find(created.id())).orElseThrow();
    ClaimSummary merging =
        SignedIn.as(edna, Role.EDITOR, () -> onFirst.find(edited.id())).orElseThrow();
    SignedIn.as(
        edna,
        Role.EDITOR,
        () -> onFirst.merge(kept.id(), kept.version(), merging.id(), merging.version()));
    on(second);
    SearchQuery newOnes =
        new SearchQuery("tallowmere", ClaimStatus.NEW, null, null, SearchQuery.DEFAULT_LIMIT);
    assertThat(
            await(() -> claimIds(searchOnSecond, otto, newOnes), ids -> !ids.contains(edited.id())))
        .doesNotContain(edited.id());
    SearchQuery dismissed =
        new SearchQuery("tallowmere", ClaimStatus.DISMISSED, null, null, SearchQuery.DEFAULT_LIMIT);
    assertThat(claimIds(searchOnSecond, otto, dismissed)).contains(edited.id());
  }

  @Test
  void a_node_that_was_stopped_catches_up_with_the_other_at_start() {
    on(first);
    DeskScenario.People people = new DeskScenario(first).people;
    String edna = people.editor();
    String otto = people.secondEditor();
    ClaimService onFirst = first.getBean(ClaimService.class);
    ClaimSummary before =
        SignedIn.as(
            edna,
            Role.EDITOR,
            () -> onFirst.create("The Wexcombe bypass opened in March", null, null));
    on(second);
    assertThat(
            awaitClaimIds(
                second.getBean(SearchService.class), otto, SearchQuery.of("wexcombe march")))
        .contains(before.id());

    second.close();
    on(first);
    ClaimSummary meanwhile =
        SignedIn.as(
            edna,
            Role.EDITOR,
            () -> onFirst.create("Ferry crossings to Ostmark doubled", null, null));
    SignedIn.as(
        edna,
        Role.EDITOR,
        () ->
            onFirst.editStatement(
                before.id(), before.version(), "The Wexcombe bypass opened in June", null, null));

    // Started again on its index folder: it reads what it missed, without rebuilding the index.
    second = node(url, secondIndex);
    on(second);
    SearchService search = second.getBean(SearchService.class);
    assertThat(awaitClaimIds(search, otto, SearchQuery.of("ostmark ferry")))
        .contains(meanwhile.id());
    assertThat(awaitClaimIds(search, otto, SearchQuery.of("wexcombe june"))).contains(before.id());
    assertThat(claimIds(search, otto, SearchQuery.of("wexcombe march")))
        .doesNotContain(before.id());
    // Caught up from its position, not by rebuilding the whole index.
    IndexProgress rebuild = second.getBean(IndexRebuild.class).progress();
    assertThat(rebuild.running()).isFalse();
    assertThat(rebuild.took()).isNull();
  }

  private static List<Long> awaitClaimIds(SearchService search, String user, SearchQuery query) {
    return await(() -> claimIds(search, user, query), ids -> !ids.isEmpty());
  }

  private static List<Long> claimIds(SearchService search, String user, SearchQuery query) {
    return SignedIn.as(user, Role.EDITOR, () -> search.search(query)).claims().stream()
        .map(SearchResults.ClaimHit::id)
        .toList();
  }

  /**
   * Asks again until the answer is wanted or 30 seconds have passed (the nodes poll every half
   * second here), and returns the last answer.
   */
  private static <T> T await(Supplier<T> ask, Predicate<T> wanted) {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    T answer = ask.get();
    while (!wanted.test(answer) && System.nanoTime() < deadline) {
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
      answer = ask.get();
    }
    return answer;
  }

  @Test
  void wrong_passwords_spread_over_both_nodes_lock_the_account_on_both() throws Exception {
    on(first);
    DeskScenario.People people = new DeskScenario(first).people;
    String name = people.editor();
    int firstPort = port(first);
    int secondPort = port(second);

    // A guesser whose requests the load balancer spreads over both nodes: five wrong passwords.
    for (int i = 0; i < 5; i++) {
      var wrong = signIn(i % 2 == 0 ? firstPort : secondPort, name, "wrong guess " + i);
      assertThat(wrong.statusCode()).as(wrong.body()).isEqualTo(401);
      assertThat(wrong.body()).contains("The username or password is wrong.");
    }
    // Now the right password is refused on either node: the count was shared.
    for (int port : new int[] {firstPort, secondPort}) {
      var locked = signIn(port, name, DeskScenario.PASSWORD);
      assertThat(locked.statusCode()).as(locked.body()).isEqualTo(401);
      assertThat(locked.body()).contains("locked");
    }
    // Someone else signs in as usual. (Both nodes share one JVM here, so the static security
    // holder must point at the node that answers.)
    on(second);
    var other = signIn(secondPort, people.secondEditor(), DeskScenario.PASSWORD);
    assertThat(other.statusCode()).as(other.body()).isEqualTo(201);
  }

  /** {@code POST /api/v1/tokens} with the password, under the sign-in page's throttling. */
  private static HttpResponse<String> signIn(int port, String username, String password)
      throws Exception {
    String basic =
        Base64.getEncoder()
            .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/tokens"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"two nodes\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  private static int port(ConfigurableApplicationContext node) {
    return Integer.parseInt(node.getEnvironment().getRequiredProperty("local.server.port"));
  }

  private static void on(ConfigurableApplicationContext node) {
    SecurityContextHolder.setContextHolderStrategy(
        node.getBean(SecurityContextHolderStrategy.class));
  }

  private static ConfigurableApplicationContext node(
      String url, java.nio.file.@org.jspecify.annotations.Nullable Path index) {
    // Command-line arguments, which win over application.properties as they do for the jar.
    return new SpringApplicationBuilder(ClaimDeskApplication.class)
        .run(
            "--server.port=0",
            "--spring.datasource.url=" + url,
            "--spring.datasource.username=postgres",
            "--spring.datasource.password=",
            "--claimdesk.admin-password=",
            // One Lucene index per node: in a shared folder the second node could not lock it.
            index == null
                ? "--spring.jpa.properties.hibernate.search.backend.directory.type=local-heap"
                : "--spring.jpa.properties.hibernate.search.backend.directory.root=" + index,
            "--management.health.diskspace.path=.",
            // Each node reads the other's changes into its own index (IndexSync).
            "--claimdesk.search.sync-interval=500ms");
  }
}
