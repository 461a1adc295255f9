package org.claimdesk.claims;

import java.util.List;

/** What a bulk triage did: how many claims changed, and why the others did not. */
public record BulkResult(int changed, List<String> skipped) {}
