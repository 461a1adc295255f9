package org.claimdesk.operations;

import org.claimdesk.shared.StartupProblem;
import org.claimdesk.shared.UserFacingException;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.Ordered;

/**
 * Turns a {@link StartupProblem} (or a message written for people) anywhere in the chain of causes
 * into the analysis that {@link OneLineFailureReporter} prints; runs before Spring Boot's own
 * analyzers.
 */
final class StartupFailureAnalyzer implements FailureAnalyzer, Ordered {

  @Override
  public @Nullable FailureAnalysis analyze(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof StartupProblem problem) {
        return new FailureAnalysis(problem.getMessage(), "", failure);
      }
    }
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof UserFacingException e) {
        return new FailureAnalysis(
            thrownByFirstAdmin(e)
                ? "CLAIMDESK_ADMIN_PASSWORD is refused: "
                    + e.getMessage()
                    + " Set one that meets the rule, or unset it to get a random password."
                : e.getMessage(),
            "",
            failure);
      }
      String message = String.valueOf(t.getMessage());
      if (message.contains("permission denied to create extension")) {
        return new FailureAnalysis(
            "The database user (CLAIMDESK_DB_USER) may not create the pg_trgm extension: have the"
                + " database's owner or a superuser run 'create extension pg_trgm;' in ClaimDesk's"
                + " database once, or make CLAIMDESK_DB_USER the database's owner (README,"
                + " Operating ClaimDesk).",
            "",
            failure);
      }
      if (message.contains("permission denied for schema")) {
        return new FailureAnalysis(
            "The database user (CLAIMDESK_DB_USER) may not create tables: make it the owner of"
                + " ClaimDesk's database, or 'grant create, usage on schema public' to it (README,"
                + " Operating ClaimDesk).",
            "",
            failure);
      }
      if (t instanceof IllegalArgumentException && message.contains("'url' must start with")) {
        return new FailureAnalysis(
            "The database address is missing or not a JDBC address: with the postgres profile set"
                + " CLAIMDESK_DB_URL, e.g. CLAIMDESK_DB_URL=jdbc:postgresql://db.example:5432/claimdesk.",
            "",
            failure);
      }
    }
    return null;
  }

  /**
   * The first admin's password is the only text checked by the password policy at start; until
   * users.FirstAdmin throws a {@link StartupProblem} itself, its refusal is recognised here.
   */
  private static boolean thrownByFirstAdmin(Throwable e) {
    for (StackTraceElement frame : e.getStackTrace()) {
      if (frame.getClassName().equals("org.claimdesk.users.FirstAdmin")) {
        return true;
      }
    }
    return false;
  }

  @Override
  public int getOrder() {
    return Ordered.HIGHEST_PRECEDENCE;
  }
}
