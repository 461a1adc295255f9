package org.claimdesk.users;

/** A token just created: the secret is shown this once and never stored. */
public record ApiTokenIssued(ApiTokenSummary token, String secret) {

  @Override
  public String toString() {
    // Keeps the secret out of logs and debugger views.
    return "ApiTokenIssued[" + token + ", secret=" + token.hint() + "]";
  }
}
