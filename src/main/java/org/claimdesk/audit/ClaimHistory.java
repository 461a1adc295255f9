package org.claimdesk.audit;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.claimdesk.assignments.Assignment;
import org.claimdesk.claims.Claim;
import org.claimdesk.evidence.Evidence;
import org.claimdesk.evidence.Source;
import org.claimdesk.followups.FollowUp;
import org.claimdesk.followups.FollowUpStatus;
import org.claimdesk.verdicts.RatingScale;
import org.claimdesk.verdicts.Verdict;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.hibernate.envers.query.criteria.AuditCriterion;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Reads a claim's audit trail (the claim, its evidence, verdicts, follow-ups and assignments) and
 * tells it as sentences: "Alice changed the status from New to Accepted".
 */
@Component
class ClaimHistory {

  private final EntityManager entityManager;
  private final RatingScale ratings;

  ClaimHistory(EntityManager entityManager, RatingScale ratings) {
    this.entityManager = entityManager;
    this.ratings = ratings;
  }

  private record Change<T>(T entity, AuditRevision revision, RevisionType type) {}

  List<HistoryEntry> of(long claimId, Function<String, String> displayName) {
    List<HistoryEntry> lines = new ArrayList<>();
    describeClaim(changes(Claim.class, AuditEntity.id().eq(claimId)), displayName, lines);
    AuditCriterion ofClaim = AuditEntity.property("claimId").eq(claimId);
    describeVerdicts(changes(Verdict.class, ofClaim), displayName, lines);
    List<Change<Evidence>> attached =
        changes(Evidence.class, ofClaim).stream()
            .filter(c -> c.type() == RevisionType.ADD)
            .toList();
    // The sources' titles as they were then, in one query rather than one per piece of evidence.
    Map<Long, List<Change<Source>>> sources = sourceRevisions(attached);
    for (Change<Evidence> c : attached) {
      Evidence e = c.entity();
      add(
          lines,
          c,
          displayName,
          "attached the source '"
              + sourceTitle(sources, e.getSource(), c.revision().getId())
              + "' ("
              + e.getStance().name().toLowerCase()
              + ")");
    }
    for (Change<FollowUp> c : changes(FollowUp.class, ofClaim)) {
      FollowUp f = c.entity();
      if (c.type() == RevisionType.ADD) {
        add(
            lines,
            c,
            displayName,
            "scheduled a follow-up for " + f.getDueDate() + ": " + f.getWatchFor());
      } else if (f.getStatus() != FollowUpStatus.OPEN) {
        add(
            lines,
            c,
            displayName,
            "closed the follow-up '"
                + f.getWatchFor()
                + "' as "
                + f.getStatus().name().toLowerCase()
                + (f.getOutcome() == null ? "" : ": " + f.getOutcome()));
      }
    }
    for (Change<Assignment> c : changes(Assignment.class, ofClaim)) {
      Assignment a = c.entity();
      if (c.type() == RevisionType.ADD) {
        add(
            lines,
            c,
            displayName,
            "assigned the claim to "
                + displayName.apply(a.getReviewer())
                + (a.getDueDate() == null ? "" : ", due " + a.getDueDate()));
      } else if (c.type() == RevisionType.MOD && a.getEndedAt() != null) {
        add(lines, c, displayName, assignmentEnded(a, displayName));
      }
    }
    lines.sort(Comparator.comparingLong(HistoryEntry::revision));
    return lines;
  }

  /** Only the claim's verdicts and corrections, oldest first. */
  List<HistoryEntry> verdictsOf(long claimId, Function<String, String> displayName) {
    List<HistoryEntry> lines = new ArrayList<>();
    describeVerdicts(
        changes(Verdict.class, AuditEntity.property("claimId").eq(claimId)), displayName, lines);
    lines.sort(Comparator.comparingLong(HistoryEntry::revision));
    return lines;
  }

  /** How an assignment ended: handed back with the reason, reassigned, ended or completed. */
  private static String assignmentEnded(Assignment a, Function<String, String> names) {
    String reviewer = names.apply(a.getReviewer());
    return switch (a.getState()) {
      case HANDED_BACK -> "handed the claim back: " + a.getEndReason();
      case COMPLETED -> "completed " + reviewer + "'s assignment with the published verdict";
      default ->
          a.getEndReason() != null && a.getEndReason().startsWith("reassigned to ")
              ? "took the claim from " + reviewer + " (reassigned)"
              : "ended "
                  + reviewer
                  + "'s assignment"
                  + (a.getEndReason() == null ? "" : ": " + a.getEndReason());
    };
  }

  private void describeClaim(
      List<Change<Claim>> changes, Function<String, String> names, List<HistoryEntry> lines) {
    Claim before = null;
    for (Change<Claim> c : changes) {
      Claim now = c.entity();
      if (c.type() == RevisionType.ADD) {
        add(lines, c, names, "created the claim: " + now.getStatement());
      } else if (before != null) {
        if (before.getStatus() != now.getStatus()) {
          add(
              lines,
              c,
              names,
              "changed the status from "
                  + before.getStatus().label()
                  + " to "
                  + now.getStatus().label()
                  + (now.getStatusReason() == null || before.getStatus() == now.getStatus()
                      ? ""
                      : " (" + now.getStatusReason() + ")"));
        }
        if (!before.getStatement().equals(now.getStatement())) {
          add(
              lines,
              c,
              names,
              "changed the statement from '"
                  + before.getStatement()
                  + "' to '"
                  + now.getStatement()
                  + "'");
        }
        if (!Objects.equals(before.getClaimantName(), now.getClaimantName())) {
          add(
              lines,
              c,
              names,
              "changed the speaker from "
                  + orNone(before.getClaimantName())
                  + " to "
                  + orNone(now.getClaimantName()));
        }
        if (!Objects.equals(before.getCurrentRating(), now.getCurrentRating())) {
          add(
              lines,
              c,
              names,
              "changed the rating from "
                  + ratingLabel(before.getCurrentRating())
                  + " to "
                  + ratingLabel(now.getCurrentRating()));
        }
      }
      before = now;
    }
  }

  private void describeVerdicts(
      List<Change<Verdict>> changes, Function<String, String> names, List<HistoryEntry> lines) {
    Map<Long, Verdict> last = new HashMap<>();
    for (Change<Verdict> c : changes) {
      Verdict v = c.entity();
      Verdict before = last.put(v.getId(), v);
      if (c.type() == RevisionType.ADD) {
        Verdict replaced = v.getSupersedesId() == null ? null : last.get(v.getSupersedesId());
        if (replaced != null) {
          add(
              lines,
              c,
              names,
              "proposed a correction of the verdict: rating from "
                  + ratingLabel(replaced.getRating().code())
                  + " to "
                  + ratingLabel(v.getRating().code())
                  + (v.getStateNote() == null ? "" : " (" + v.getStateNote() + ")"));
        } else {
          add(
              lines,
              c,
              names,
              "proposed the verdict " + ratingLabel(v.getRating().code()) + ": " + v.getSummary());
        }
      } else if (before != null && before.getState() != v.getState()) {
        String action =
            switch (v.getState()) {
              case APPROVED ->
                  (v.getSupersedesId() == null
                          ? "approved the verdict "
                          : "approved the correction ")
                      + ratingLabel(v.getRating().code());
              case PUBLISHED ->
                  (v.getSupersedesId() == null
                          ? "published the verdict "
                          : "published the correction of the verdict: ")
                      + ratingLabel(v.getRating().code());
              case DRAFT ->
                  (v.getSupersedesId() == null
                          ? "returned the verdict "
                          : "returned the correction ")
                      + ratingLabel(v.getRating().code())
                      + " to its author: "
                      + v.getStateNote();
              case RETRACTED ->
                  "retracted the verdict "
                      + ratingLabel(v.getRating().code())
                      + ": "
                      + v.getStateNote();
              case SUPERSEDED -> null; // told by the correction itself
              case PROPOSED ->
                  "proposed the verdict " + ratingLabel(v.getRating().code()) + " again";
            };
        if (action != null) {
          add(lines, c, names, action);
        }
      } else if (before != null && before.getRating() != v.getRating()) {
        add(
            lines,
            c,
            names,
            "changed the rating from "
                + ratingLabel(before.getRating().code())
                + " to "
                + ratingLabel(v.getRating().code()));
      }
    }
  }

  @SuppressWarnings("unchecked")
  private <T> List<Change<T>> changes(Class<T> type, AuditCriterion criterion) {
    List<Object[]> rows =
        AuditReaderFactory.get(entityManager)
            .createQuery()
            .forRevisionsOfEntity(type, false, true)
            .add(criterion)
            .addOrder(AuditEntity.revisionNumber().asc())
            .getResultList();
    return rows.stream()
        .map(r -> new Change<>((T) r[0], (AuditRevision) r[1], (RevisionType) r[2]))
        .toList();
  }

  /** Every revision of the sources these pieces of evidence point to, by source id. */
  private Map<Long, List<Change<Source>>> sourceRevisions(List<Change<Evidence>> evidence) {
    List<Long> ids = evidence.stream().map(c -> c.entity().getSource().getId()).distinct().toList();
    if (ids.isEmpty()) {
      return Map.of();
    }
    Map<Long, List<Change<Source>>> byId = new HashMap<>();
    for (Change<Source> c : changes(Source.class, AuditEntity.id().in(ids))) {
      byId.computeIfAbsent(c.entity().getId(), id -> new ArrayList<>()).add(c);
    }
    return byId;
  }

  /** The source's title at a revision (its revisions come oldest first). */
  private static String sourceTitle(
      Map<Long, List<Change<Source>>> sources, Source source, long revision) {
    String title = null;
    for (Change<Source> c : sources.getOrDefault(source.getId(), List.of())) {
      if (c.revision().getId() <= revision) {
        title = c.entity().getTitle();
      }
    }
    return title != null ? title : source.getTitle();
  }

  private static void add(
      List<HistoryEntry> lines, Change<?> c, Function<String, String> names, String what) {
    lines.add(
        new HistoryEntry(
            c.revision().getId(),
            c.revision().getTimestamp(),
            names.apply(c.revision().getUsername()),
            what,
            c.revision().getReason()));
  }

  /** "Mostly true" for the stored MOSTLY_TRUE; a name no longer on the scale is kept as it is. */
  private String ratingLabel(@Nullable String rating) {
    return rating == null ? "none" : ratings.current().label(rating);
  }

  private static String orNone(@Nullable String value) {
    return value == null ? "none" : value;
  }
}
