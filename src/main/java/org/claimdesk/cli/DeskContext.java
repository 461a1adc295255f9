package org.claimdesk.cli;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.claimdesk.ClaimDeskApplication;
import org.claimdesk.users.Role;
import org.claimdesk.users.UserService;
import org.claimdesk.users.UserSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The desk's services without the web server, for commands that work through them (import,
 * export-desk): the same configuration and database as the web app, and a named account whose roles
 * the command acts with, so that what it writes is recorded under that person.
 */
final class DeskContext implements AutoCloseable {

  final ConfigurableApplicationContext context;

  private DeskContext(ConfigurableApplicationContext context) {
    this.context = context;
  }

  static DeskContext open(@Nullable String dataDir, Map<String, String> extraProperties) {
    List<String> properties = new ArrayList<>();
    properties.add("spring.main.banner-mode=off");
    properties.add("logging.level.root=warn");
    properties.add("claimdesk.backup.schedule=-");
    if (dataDir != null) {
      properties.add("claimdesk.data-dir=" + dataDir);
    }
    extraProperties.forEach((k, v) -> properties.add(k + "=" + v));
    ConfigurableApplicationContext context =
        new SpringApplicationBuilder(ClaimDeskApplication.class)
            .web(WebApplicationType.NONE)
            .properties(properties.toArray(String[]::new))
            .run();
    return new DeskContext(context);
  }

  <T> T bean(Class<T> type) {
    return context.getBean(type);
  }

  /** Acts as this account from now on in this thread; it must exist, be active and hold a role. */
  UserSummary signInAs(String username, Role needed) {
    var probe = SecurityContextHolder.createEmptyContext();
    probe.setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(
            "command-line", "n/a", List.of(new SimpleGrantedAuthority(Role.AUDITOR.authority()))));
    SecurityContextHolder.setContext(probe);
    UserSummary user =
        bean(UserService.class)
            .findByUsername(username)
            .filter(UserSummary::active)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "there is no active account '" + username + "' in this desk: give --user"));
    var granted =
        Role.granted(
            user.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(user.roles()));
    if (!granted.contains(needed)) {
      throw new IllegalArgumentException(
          "'"
              + username
              + "' is not "
              + needed.label().toLowerCase()
              + ": give an editor's name with --user");
    }
    var context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(
            user.username(),
            "n/a",
            granted.stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList()));
    SecurityContextHolder.setContext(context);
    return user;
  }

  @Override
  public void close() {
    SecurityContextHolder.clearContext();
    context.close();
  }
}
