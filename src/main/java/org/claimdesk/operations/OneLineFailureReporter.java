package org.claimdesk.operations;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalysisReporter;

/**
 * Prints why ClaimDesk did not start as one plain line on standard error, and the whole failure to
 * the log at debug. Spring Boot's multi-line report is switched off in application.properties.
 */
public final class OneLineFailureReporter implements FailureAnalysisReporter {

  /** The start of the line, so that scripts and people can find it. */
  public static final String PREFIX = "ClaimDesk did not start: ";

  private static final Logger log = LoggerFactory.getLogger(OneLineFailureReporter.class);

  @Override
  public void report(FailureAnalysis analysis) {
    log.debug("Start-up failure", analysis.getCause());
    String line = analysis.getDescription().strip().replaceAll("\\s*\\R\\s*", " ");
    String action = analysis.getAction() == null ? "" : analysis.getAction().strip();
    if (!action.isEmpty()) {
      line = line + " " + action.replaceAll("\\s*\\R\\s*", " ");
    }
    System.err.println(PREFIX + line);
    System.err.flush();
  }
}
