package org.claimdesk.shared;

/**
 * A reason ClaimDesk cannot start, written for the administrator: one sentence saying what is wrong
 * and what to do, naming the setting or environment variable involved. The launcher prints the
 * message as a single line and exits with a non-zero status; the cause goes to the log at debug.
 */
public class StartupProblem extends RuntimeException {

  public StartupProblem(String message) {
    super(message);
  }

  public StartupProblem(String message, Throwable cause) {
    super(message, cause);
  }
}
