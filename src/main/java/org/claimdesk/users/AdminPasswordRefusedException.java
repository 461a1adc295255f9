package org.claimdesk.users;

import org.claimdesk.shared.StartupProblem;

/**
 * {@code CLAIMDESK_ADMIN_PASSWORD} does not meet the password policy, so the first admin cannot be
 * created. Its message is one line for the console, naming the variable and what to do; start-up
 * prints it without a stack trace.
 */
public class AdminPasswordRefusedException extends StartupProblem {

  AdminPasswordRefusedException(String reason) {
    super(
        "CLAIMDESK_ADMIN_PASSWORD is refused: "
            + reason
            + " Set another one (or unset it to get a random password printed once) and start"
            + " again.");
  }
}
