package org.claimdesk.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
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
 * The desk's services without the web server, for the commands that work through them (import,
 * export-desk, reindex): the same configuration and database as the web app, and a named account
 * whose roles the command acts with, so that what it writes is recorded under that person.
 */
final class DeskContext implements AutoCloseable {

  final ConfigurableApplicationContext context;

  private DeskContext(ConfigurableApplicationContext context) {
    this.context = context;
  }

  static DeskContext open(@Nullable String dataDir, Map<String, String> extraProperties) {
    return open(dataDir, extraProperties, List.of());
  }

  /**
   * Opens the desk for {@code command}, or says on {@code err} why it cannot (a database in use by
   * a running desk, a wrong setting) and returns null: every command that needs the desk's services
   * starts them here. {@code springArguments} are {@code --name=value} settings given on the
   * command line.
   */
  static @Nullable DeskContext openFor(
      String command,
      @Nullable String dataDir,
      Map<String, String> extraProperties,
      List<String> springArguments,
      String hint,
      PrintStream err) {
    try {
      return open(dataDir, extraProperties, springArguments);
    } catch (RuntimeException e) {
      err.println(command + ": could not open the desk (" + rootMessage(e) + ")." + hint);
      return null;
    }
  }

  private static DeskContext open(
      @Nullable String dataDir, Map<String, String> extraProperties, List<String> springArguments) {
    // As command-line arguments, so that they win over application.properties. Port -1: the web
    // application context (which the security configuration needs) without a listening server.
    List<String> arguments = new ArrayList<>();
    arguments.add("--server.port=-1");
    arguments.add("--spring.main.banner-mode=off");
    arguments.add("--logging.level.root=warn");
    arguments.add("--claimdesk.backup.schedule=-");
    // A command's process is not the desk: queued imported claims are matched by the import
    // command's own pass or by the running desk (PendingMatchSweep), not by a backup or a reindex.
    arguments.add("--claimdesk.matching.sweep-delay=P3650D");
    if (dataDir != null) {
      arguments.add("--claimdesk.data-dir=" + dataDir);
    }
    extraProperties.forEach((k, v) -> arguments.add("--" + k + "=" + v));
    arguments.addAll(springArguments);
    ConfigurableApplicationContext context =
        new SpringApplicationBuilder(application())
            .web(WebApplicationType.SERVLET)
            .run(arguments.toArray(String[]::new));
    return new DeskContext(context);
  }

  /**
   * The web app's Spring configuration, named rather than referenced: the root package's launcher
   * depends on this package, so a reference back would make the two a cycle.
   */
  private static Class<?> application() {
    try {
      return Class.forName("org.claimdesk.ClaimDeskApplication");
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("The jar lacks its application class", e);
    }
  }

  /** The innermost cause's message, which says what is wrong (a locked file, a refused login). */
  static String rootMessage(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
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
