/**
 * The audit log itself in plain Java and JDBC, free of Spring so that the command line can export
 * and verify a stopped installation: RFC 8785 canonical JSON, the RFC 9162 Merkle tree and its
 * proofs, C2SP signed checkpoints, the export format (docs/audit-format.md) and its verifier.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.NamedInterface("log")
package org.claimdesk.audit.log;
