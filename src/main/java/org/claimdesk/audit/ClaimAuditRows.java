package org.claimdesk.audit;

import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.envers.RevisionType;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The audit rows of one claim (the claim's own, its verdicts', evidence's, follow-ups' and
 * assignments') with their revisions, read in one SQL query over the {@code _aud} tables: only the
 * columns the history's sentences need, and no Envers entities built for them.
 */
@Component
class ClaimAuditRows {

  /** What an audit row is of; the history tells the kinds in this order within a revision. */
  enum Kind {
    CLAIM,
    VERDICT,
    EVIDENCE,
    FOLLOW_UP,
    ASSIGNMENT
  }

  /**
   * One audit row. {@code text} holds the kind's columns in the order of its select below; {@code
   * day} its date and {@code number} its number (a verdict's superseded verdict, whether an
   * assignment had ended).
   */
  record Row(
      Kind kind,
      long revision,
      Instant at,
      String username,
      @Nullable String reason,
      RevisionType type,
      long id,
      @Nullable String[] text,
      @Nullable LocalDate day,
      @Nullable Long number) {

    @Nullable String text(int column) {
      return text[column];
    }
  }

  private static final String REVISION =
      " r.id as rev, r.revision_timestamp as rev_at, r.username as rev_by, r.reason as rev_why,"
          + " a.revtype as revtype, a.id as id, ";

  // Each select yields the same columns: kind, revision, the row's type and id, five texts, a
  // date and a number. Nulls are cast so that PostgreSQL can type the union.
  private static final String CLAIM =
      "select 0 as kind,"
          + REVISION
          + "a.statement as t0, a.claimant_name as t1, a.status as t2, a.status_reason as t3,"
          + " a.current_rating as t4, cast(null as date) as due, cast(null as bigint) as num"
          + " from claim_aud a join audit_revision r on r.id = a.rev where a.id = :claim";
  private static final String VERDICT =
      "select 1 as kind,"
          + REVISION
          + "a.rating, a.summary, a.state, a.state_note, a.retraction_by,"
          + " cast(null as date), a.supersedes_id"
          + " from verdict_aud a join audit_revision r on r.id = a.rev where a.claim_id = :claim";
  // The source's title as it was when the evidence was attached; its title now if it has no
  // audit row from before.
  private static final String EVIDENCE =
      "select 2 as kind,"
          + REVISION
          + "coalesce((select s.title from source_aud s where s.id = a.source_id and s.rev ="
          + " (select max(t.rev) from source_aud t where t.id = a.source_id and t.rev <= a.rev)),"
          + " (select s.title from source s where s.id = a.source_id)),"
          + " a.stance, cast(null as varchar(1)), cast(null as varchar(1)),"
          + " cast(null as varchar(1)), cast(null as date), cast(null as bigint)"
          + " from evidence_aud a join audit_revision r on r.id = a.rev"
          + " where a.claim_id = :claim and a.revtype = 0";
  private static final String FOLLOW_UP =
      "select 3 as kind,"
          + REVISION
          + "a.watch_for, a.status, a.outcome, cast(null as varchar(1)), cast(null as varchar(1)),"
          + " a.due_date, cast(null as bigint)"
          + " from follow_up_aud a join audit_revision r on r.id = a.rev where a.claim_id = :claim";
  private static final String ASSIGNMENT =
      "select 4 as kind,"
          + REVISION
          + "a.reviewer, a.state, a.end_reason, cast(null as varchar(1)), cast(null as varchar(1)),"
          + " a.due_date, case when a.ended_at is null then 0 else 1 end"
          + " from assignment_aud a join audit_revision r on r.id = a.rev"
          + " where a.claim_id = :claim";
  private static final String ORDER = " order by kind, rev, id";

  private static final String ALL =
      String.join(" union all ", CLAIM, VERDICT, EVIDENCE, FOLLOW_UP, ASSIGNMENT) + ORDER;
  private static final String VERDICTS = VERDICT + ORDER;

  private final EntityManager entityManager;

  ClaimAuditRows(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  /** Every audit row of the claim, by kind and then oldest first. */
  List<Row> of(long claimId) {
    return read(ALL, claimId);
  }

  /** The audit rows of the claim's verdicts, oldest first. */
  List<Row> verdictsOf(long claimId) {
    return read(VERDICTS, claimId);
  }

  private List<Row> read(String sql, long claimId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        entityManager.createNativeQuery(sql).setParameter("claim", claimId).getResultList();
    List<Row> result = new ArrayList<>(rows.size());
    for (Object[] r : rows) {
      result.add(
          new Row(
              Kind.values()[number(r[0]).intValue()],
              number(r[1]).longValue(),
              Instant.ofEpochMilli(number(r[2]).longValue()),
              (String) r[3],
              (String) r[4],
              RevisionType.fromRepresentation(number(r[5]).byteValue()),
              number(r[6]).longValue(),
              new String[] {
                (String) r[7], (String) r[8], (String) r[9], (String) r[10], (String) r[11]
              },
              day(r[12]),
              r[13] == null ? null : number(r[13]).longValue()));
    }
    return result;
  }

  private static Number number(Object value) {
    return (Number) value;
  }

  /** Drivers answer a date column as {@code java.sql.Date} or as {@code LocalDate}. */
  private static @Nullable LocalDate day(@Nullable Object value) {
    return switch (value) {
      case null -> null;
      case LocalDate d -> d;
      case Date d -> d.toLocalDate();
      default -> throw new IllegalStateException("Not a date: " + value.getClass());
    };
  }
}
