package org.claimdesk.audit;

import jakarta.persistence.criteria.Predicate;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongConsumer;
import org.claimdesk.audit.log.AuditStore;
import org.claimdesk.audit.log.ExportVerifier;
import org.claimdesk.audit.log.MerkleTree;
import org.claimdesk.audit.log.NoteKey;
import org.claimdesk.audit.log.TreeBuilder;
import org.claimdesk.shared.UserFacingException;
import org.claimdesk.users.DisplayNames;
import org.claimdesk.users.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads the audit trail (revisions, the append-only log, claim histories) and exports and verifies
 * the log. Only auditors and admins search, export or verify it.
 */
@Service
@Transactional(readOnly = true)
public class AuditService {

  private final AuditRevisionRepository revisions;
  private final AuditEntryRepository entries;
  private final ClaimHistory claimHistory;
  private final DisplayNames displayNames;
  private final AuditCheckpoints checkpoints;
  private final AuditKeys keys;
  private final AuditLog log;
  private final TransactionTemplate readOnly;

  AuditService(
      AuditRevisionRepository revisions,
      AuditEntryRepository entries,
      ClaimHistory claimHistory,
      DisplayNames displayNames,
      AuditCheckpoints checkpoints,
      AuditKeys keys,
      AuditLog log,
      PlatformTransactionManager transactions) {
    this.revisions = revisions;
    this.entries = entries;
    this.claimHistory = claimHistory;
    this.displayNames = displayNames;
    this.checkpoints = checkpoints;
    this.keys = keys;
    this.log = log;
    this.readOnly = new TransactionTemplate(transactions);
    this.readOnly.setReadOnly(true);
  }

  /** Who changed what on a claim and when, oldest first, in sentences. */
  @PreAuthorize(Roles.CAN_READ)
  public List<HistoryEntry> claimHistory(long claimId) {
    Map<String, String> names = displayNames.ofActiveUsers();
    return claimHistory.of(claimId, username -> names.getOrDefault(username, username));
  }

  /**
   * A claim's verdicts and corrections as they went (proposed, approved, returned, published,
   * retracted), oldest first, for the claim's timeline.
   */
  @PreAuthorize(Roles.CAN_READ)
  public List<HistoryEntry> verdictHistory(long claimId) {
    Map<String, String> names = displayNames.ofActiveUsers();
    return claimHistory.verdictsOf(claimId, username -> names.getOrDefault(username, username));
  }

  /** The newest revisions first. */
  @PreAuthorize(Roles.IS_AUDITOR)
  public List<RevisionSummary> recent(int limit) {
    return revisions
        .findAllByOrderByIdDesc(PageRequest.of(0, Math.max(1, limit)))
        .map(RevisionSummary::of)
        .toList();
  }

  /** One page of the audit log, newest first, filtered as the query says. */
  @PreAuthorize(Roles.IS_AUDITOR)
  public Page<AuditRow> search(AuditQuery query, Pageable pageable) {
    Pageable newestFirst =
        PageRequest.of(
            pageable.getPageNumber(), pageable.getPageSize(), Sort.by(Sort.Direction.DESC, "seq"));
    return entries.findAll(spec(query), newestFirst).map(AuditService::row);
  }

  private static Specification<AuditEntry> spec(AuditQuery q) {
    return (root, cq, cb) -> {
      List<Predicate> where = new ArrayList<>();
      if (q.person() != null && !q.person().isBlank()) {
        where.add(
            cb.equal(cb.lower(root.get("actor")), q.person().strip().toLowerCase(Locale.ROOT)));
      }
      if (q.claimId() != null) {
        where.add(cb.equal(root.get("claimId"), q.claimId()));
      }
      if (q.documentId() != null) {
        where.add(cb.equal(root.get("documentId"), q.documentId()));
      }
      if (q.kind() != null && !q.kind().isBlank()) {
        String k = q.kind().strip();
        where.add(
            cb.or(
                cb.equal(cb.lower(root.get("entity")), k.toLowerCase(Locale.ROOT)),
                cb.equal(root.get("change"), k.toUpperCase(Locale.ROOT))));
      }
      if (q.from() != null) {
        where.add(cb.greaterThanOrEqualTo(root.get("time"), startOf(q.from())));
      }
      if (q.to() != null) {
        where.add(cb.lessThan(root.get("time"), startOf(q.to().plusDays(1))));
      }
      return cb.and(where.toArray(Predicate[]::new));
    };
  }

  private static Instant startOf(LocalDate day) {
    return day.atStartOfDay(ZoneId.systemDefault()).toInstant();
  }

  private static AuditRow row(AuditEntry e) {
    return new AuditRow(
        e.getSeq(),
        e.getTime(),
        e.getActor(),
        e.getKind(),
        e.getEntity(),
        e.getEntityId(),
        e.getChange(),
        e.getClaimId(),
        e.getDocumentId(),
        e.getReason(),
        EntryDescription.of(e.getJson()),
        e.getJson());
  }

  /** The latest signed checkpoint, if any. */
  public record CheckpointInfo(long size, String root, Instant signedAt, String note) {}

  @PreAuthorize(Roles.IS_AUDITOR)
  public Optional<CheckpointInfo> latestCheckpoint() {
    return Optional.ofNullable(checkpoints.withConnection(c -> AuditStore.latestCheckpoint(c)))
        .map(
            cp ->
                new CheckpointInfo(
                    cp.size(),
                    Base64.getEncoder().encodeToString(cp.root()),
                    cp.signedAt(),
                    cp.note()));
  }

  /** The log's public key as a C2SP verifier key, to give to auditors. */
  @PreAuthorize(Roles.IS_AUDITOR)
  public String publicKey() {
    return keys.key().verifierText();
  }

  /** The last check of the stored log against every checkpoint (nightly, or on demand). */
  @PreAuthorize(Roles.IS_AUDITOR)
  public Optional<AuditVerification> lastVerification() {
    return Optional.ofNullable(checkpoints.lastVerification());
  }

  /** Checks the stored log against every checkpoint now and keeps the result. */
  @PreAuthorize(Roles.IS_AUDITOR)
  @Transactional
  public AuditVerification verifyDatabase() {
    return checkpoints.verifyAndRecord();
  }

  /**
   * A claim's entries with inclusion proofs against a checkpoint signed now, so that every entry so
   * far is covered.
   */
  @PreAuthorize(Roles.CAN_READ)
  @Transactional(propagation = Propagation.NOT_SUPPORTED)
  public ClaimProof claimProof(long claimId) {
    AuditStore.StoredCheckpoint cp = checkpoints.sign();
    return readOnly.execute(
        status ->
            checkpoints.withConnection(
                c -> {
                  List<AuditEntry> own =
                      entries.findByClaimIdAndSeqLessThanOrderBySeq(claimId, cp.size());
                  List<List<MerkleTree.Range>> paths = new ArrayList<>();
                  TreeBuilder tree = new TreeBuilder();
                  for (AuditEntry e : own) {
                    List<MerkleTree.Range> path = MerkleTree.inclusionRanges(e.getSeq(), cp.size());
                    paths.add(path);
                    tree.want(path);
                  }
                  if (!own.isEmpty()) {
                    AuditStore.streamLeaves(c, cp.size(), tree);
                  }
                  List<ClaimProof.ProvenEntry> proven = new ArrayList<>();
                  for (int i = 0; i < own.size(); i++) {
                    AuditEntry e = own.get(i);
                    List<byte[]> proof = tree.hashes(paths.get(i));
                    boolean ok =
                        MerkleTree.verifyInclusion(
                            e.getSeq(),
                            cp.size(),
                            MerkleTree.leafHash(e.getJson()),
                            proof,
                            cp.root());
                    proven.add(
                        new ClaimProof.ProvenEntry(
                            e.getSeq(),
                            EntryDescription.of(e.getJson()),
                            e.getJson(),
                            proof.stream().map(h -> Base64.getEncoder().encodeToString(h)).toList(),
                            ok));
                  }
                  return new ClaimProof(
                      claimId,
                      keys.key().verifierText(),
                      cp.note(),
                      cp.size(),
                      Base64.getEncoder().encodeToString(cp.root()),
                      proven);
                }));
  }

  /** What to export: dates (both null for the whole log) and an earlier checkpoint's size. */
  public record ExportRange(
      @Nullable LocalDate from, @Nullable LocalDate to, @Nullable Long sinceSize) {
    public static ExportRange whole() {
      return new ExportRange(null, null, null);
    }
  }

  /**
   * Streams an export (docs/audit-format.md) to {@code out}: records that the export was made,
   * signs a checkpoint covering everything so far, then writes the entries with flat memory.
   * Returns the number of entries written.
   */
  @PreAuthorize(Roles.IS_AUDITOR)
  @Transactional(propagation = Propagation.NOT_SUPPORTED)
  public long export(OutputStream out, ExportRange range, LongConsumer progress) {
    if (range.from() != null && range.to() != null && range.to().isBefore(range.from())) {
      throw new UserFacingException("The end date is before the start date. Swap them.");
    }
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("from", range.from() == null ? "start" : range.from().toString());
    details.put("to", range.to() == null ? "end" : range.to().toString());
    log.recordSecurityEvent(SecurityEvent.EXPORT_MADE, null, details);
    AuditStore.StoredCheckpoint cp = checkpoints.sign();
    if (range.sinceSize() != null && range.sinceSize() > cp.size()) {
      throw new UserFacingException(
          "The log has "
              + cp.size()
              + " entries; there is no checkpoint of "
              + range.sinceSize()
              + ".");
    }
    AuditStore.ExportRequest request =
        new AuditStore.ExportRequest(
            range.from() == null ? null : startOf(range.from()),
            range.to() == null ? null : startOf(range.to().plusDays(1)),
            range.sinceSize());
    NoteKey key = keys.key();
    BufferedWriter writer =
        new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    Long written =
        readOnly.execute(
            status ->
                checkpoints.withConnection(
                    c -> AuditStore.export(c, writer, key, cp, request, progress)));
    return written == null ? 0 : written;
  }

  /** The number of entries an export of the range would hold, for a progress bar. */
  @PreAuthorize(Roles.IS_AUDITOR)
  public long size() {
    return checkpoints.withConnection(AuditStore::size);
  }

  /**
   * Verifies an uploaded export as {@code verify-audit} does: against this desk's public key, or
   * the one given, and an earlier checkpoint the auditor holds.
   */
  @PreAuthorize(Roles.IS_AUDITOR)
  @Transactional(propagation = Propagation.NOT_SUPPORTED)
  public ExportVerifier.Result verifyExport(
      InputStream export, @Nullable String publicKey, @Nullable String earlierCheckpoint) {
    NoteKey key;
    try {
      key =
          publicKey == null || publicKey.isBlank() ? keys.key() : NoteKey.parseVerifier(publicKey);
    } catch (IllegalArgumentException e) {
      throw new UserFacingException("The public key is not readable: " + e.getMessage());
    }
    BufferedReader reader =
        new BufferedReader(new InputStreamReader(export, StandardCharsets.UTF_8), 1 << 16);
    return ExportVerifier.verify(
        reader,
        key,
        earlierCheckpoint == null || earlierCheckpoint.isBlank() ? null : earlierCheckpoint);
  }
}
