package org.claimdesk.api;

import java.util.EnumSet;
import org.claimdesk.support.SignedIn;
import org.claimdesk.users.ApiTokens;
import org.claimdesk.users.NewUser;
import org.claimdesk.users.Role;
import org.claimdesk.users.UserService;

/** Test people with API tokens, created through the services as an admin would. */
final class ApiPeople {

  static final String PASSWORD = "a long enough secret";

  private final UserService users;
  private final ApiTokens tokens;
  private final int port;

  ApiPeople(UserService users, ApiTokens tokens, int port) {
    this.users = users;
    this.tokens = tokens;
    this.port = port;
  }

  /** A new person with a unique name starting with {@code prefix}. */
  String person(String prefix, Role role) {
    String name = prefix + System.nanoTime() % 100_000_000;
    SignedIn.as(
        "admin",
        Role.ADMIN,
        () ->
            users.createUser(
                new NewUser(name, "Person " + name, PASSWORD, EnumSet.of(role), null, null)));
    return name;
  }

  String tokenOf(String username, Role role) {
    return SignedIn.as(username, role, () -> tokens.create("test", 30)).secret();
  }

  /** A client acting as a new person with the role. */
  ApiClient client(String prefix, Role role) {
    String name = person(prefix, role);
    return ApiClient.withToken(port, tokenOf(name, role));
  }

  ApiClient adminClient() {
    return ApiClient.withToken(port, tokenOf("admin", Role.ADMIN));
  }
}
