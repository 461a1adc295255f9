package org.claimdesk.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.claimdesk.users.ApiTokens;
import org.claimdesk.users.Role;
import org.claimdesk.users.UserService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Personal API tokens through real HTTP: getting one, using it, and every way it stops working. */
@ApiTest
class ApiTokensTest {

  @LocalServerPort int port;
  @Autowired UserService users;
  @Autowired ApiTokens tokens;
  @Autowired JdbcTemplate jdbc;
  private ApiPeople people;

  @BeforeEach
  void setUp() {
    people = new ApiPeople(users, tokens, port);
  }

  @Test
  void a_username_and_password_get_a_token_that_acts_with_the_owners_roles() {
    String name = people.person("rita", Role.REVIEWER);
    var answer =
        ApiClient.withPassword(port, name, ApiPeople.PASSWORD)
            .post("/api/v1/tokens", Map.of("name", "my script"));
    assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
    String token = answer.get("token").asString();
    assertThat(token).startsWith("cdk_").hasSizeGreaterThanOrEqualTo(4 + 43);
    Instant expires = Instant.parse(answer.get("expiresAt").asString());
    assertThat(Duration.between(Instant.now(), expires).toDays()).isBetween(89L, 90L);

    var me = ApiClient.withToken(port, token).get("/api/v1/me");
    assertThat(me.status()).isEqualTo(200);
    assertThat(me.get("username").asString()).isEqualTo(name);
    assertThat(me.get("displayName").asString()).isEqualTo("Person " + name);
    assertThat(me.get("roles").toString()).isEqualTo("[\"REVIEWER\"]");
    assertThat(me.raw().headers().firstValue("Set-Cookie")).as("no session").isEmpty();

    // Only a hash is stored: the token itself is nowhere in the table.
    List<Map<String, Object>> rows = jdbc.queryForList("select * from api_token");
    assertThat(rows.toString()).doesNotContain(token);
  }

  @Test
  void a_wrong_password_gets_no_token_and_five_lock_the_account_as_on_the_sign_in_page() {
    String name = people.person("wendy", Role.EDITOR);
    var wrong = ApiClient.withPassword(port, name, "not the password").post("/api/v1/tokens", null);
    assertThat(wrong.status()).isEqualTo(401);
    assertThat(wrong.contentType()).startsWith("application/problem+json");
    assertThat(wrong.detail()).isEqualTo("The username or password is wrong.");
    for (int i = 0; i < 4; i++) {
      ApiClient.withPassword(port, name, "wrong " + i).post("/api/v1/tokens", null);
    }
    var locked =
        ApiClient.withPassword(port, name, ApiPeople.PASSWORD).post("/api/v1/tokens", null);
    assertThat(locked.status()).isEqualTo(401);
    assertThat(locked.detail()).contains("locked");
  }

  @Test
  void requests_without_a_working_token_get_401_problem_documents() {
    var anonymous = ApiClient.anonymous(port).get("/api/v1/claims");
    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(anonymous.contentType()).startsWith("application/problem+json");
    assertThat(anonymous.detail()).contains("Authorization: Bearer");

    var mistyped = ApiClient.withToken(port, "cdk_nottherealtoken").get("/api/v1/me");
    assertThat(mistyped.status()).isEqualTo(401);
    assertThat(mistyped.detail()).contains("not valid");

    var noPassword = ApiClient.anonymous(port).post("/api/v1/tokens", null);
    assertThat(noPassword.status()).isEqualTo(401);
  }

  @Test
  void a_revoked_token_stops_working_at_once() {
    String name = people.person("rosa", Role.EDITOR);
    String token = people.tokenOf(name, Role.EDITOR);
    ApiClient client = ApiClient.withToken(port, token);
    assertThat(client.get("/api/v1/me").status()).isEqualTo(200);
    var mine = client.get("/api/v1/tokens");
    long id = mine.json().get(0).get("id").asLong();
    assertThat(mine.json().get(0).get("lastUsedAt").isNull()).isFalse();
    assertThat(client.delete("/api/v1/tokens/" + id).status()).isEqualTo(200);
    assertThat(client.get("/api/v1/me").status()).isEqualTo(401);
  }

  @Test
  void nobody_but_the_owner_or_an_admin_revokes_a_token() {
    String owner = people.person("olga", Role.EDITOR);
    String token = people.tokenOf(owner, Role.EDITOR);
    long id =
        ApiClient.withToken(port, token).get("/api/v1/tokens").json().get(0).get("id").asLong();
    ApiClient oscar = people.client("oscar", Role.EDITOR);
    assertThat(oscar.get("/api/v1/tokens?all=true").status()).isEqualTo(403);
    var other = oscar.delete("/api/v1/tokens/" + id);
    assertThat(other.status()).isEqualTo(403);
    assertThat(other.detail()).isEqualTo("Only the token's owner or an admin can revoke it.");
    assertThat(ApiClient.withToken(port, token).get("/api/v1/me").status()).isEqualTo(200);

    ApiClient admin = people.adminClient();
    var all = admin.get("/api/v1/tokens?all=true");
    assertThat(all.json().toString()).contains("\"owner\":\"" + owner + "\"");
    assertThat(admin.delete("/api/v1/tokens/" + id).status()).isEqualTo(200);
    assertThat(ApiClient.withToken(port, token).get("/api/v1/me").status()).isEqualTo(401);
  }

  @Test
  void an_expired_token_stops_working() throws InterruptedException {
    String name = people.person("emil", Role.AUDITOR);
    String token = people.tokenOf(name, Role.AUDITOR);
    ApiClient client = ApiClient.withToken(port, token);
    assertThat(client.get("/api/v1/me").status()).isEqualTo(200);
    // A day passes beyond the expiry.
    jdbc.update(
        "update api_token set expires_at = ? where owner_id = (select id from app_user where"
            + " username = ?)",
        java.sql.Timestamp.from(Instant.now().minus(Duration.ofDays(1))),
        name);
    // The expiry was changed behind the desk's back: a token that worked a moment ago is trusted
    // for the few seconds of claimdesk.api.token-cache (5 s), then read again.
    long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
    int status = client.get("/api/v1/me").status();
    while (status == 200 && System.nanoTime() < deadline) {
      Thread.sleep(250);
      status = client.get("/api/v1/me").status();
    }
    assertThat(status).isEqualTo(401);
  }

  @Test
  void deactivating_the_owner_stops_their_tokens_at_once() {
    String name = people.person("dora", Role.EDITOR);
    ApiClient client = ApiClient.withToken(port, people.tokenOf(name, Role.EDITOR));
    assertThat(client.get("/api/v1/claims").status()).isEqualTo(200);
    var deactivated = people.adminClient().patch("/api/v1/users/" + name, Map.of("active", false));
    assertThat(deactivated.status()).as(deactivated.toString()).isEqualTo(200);
    assertThat(client.get("/api/v1/claims").status()).isEqualTo(401);
  }

  @Test
  void a_token_lasts_at_most_a_year() {
    String name = people.person("yuri", Role.EDITOR);
    var tooLong =
        ApiClient.withPassword(port, name, ApiPeople.PASSWORD)
            .post("/api/v1/tokens", Map.of("name", "long", "expiresInDays", 400));
    assertThat(tooLong.status()).isEqualTo(400);
    assertThat(tooLong.detail()).contains("1 to 365 days");
  }

  @Test
  void more_than_the_rate_limit_in_a_minute_gets_429_with_retry_after() {
    ApiClient client = people.client("rapid", Role.AUDITOR);
    int ok = 0;
    ApiClient.Answer last = null;
    for (int i = 0; i < 700; i++) {
      last = client.get("/api/v1/me");
      if (last.status() != 200) {
        break;
      }
      ok++;
    }
    assertThat(ok).isEqualTo(600);
    assertThat(last.status()).isEqualTo(429);
    assertThat(last.contentType()).startsWith("application/problem+json");
    long retryAfter = Long.parseLong(last.raw().headers().firstValue("Retry-After").orElseThrow());
    assertThat(retryAfter).isBetween(1L, 60L);
    // Another token of another person is not held back.
    assertThat(people.client("calm", Role.AUDITOR).get("/api/v1/me").status()).isEqualTo(200);
  }
}
