package org.claimdesk.transfer;

/** A record an import could not take: its line (or n-th file or item) and why. */
public record ImportProblem(int line, String reason) {}
