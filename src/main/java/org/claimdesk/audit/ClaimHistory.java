package org.claimdesk.audit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.claimdesk.assignments.AssignmentState;
import org.claimdesk.audit.ClaimAuditRows.Kind;
import org.claimdesk.audit.ClaimAuditRows.Row;
import org.claimdesk.claims.ClaimStatus;
import org.claimdesk.verdicts.RatingDefinitions;
import org.claimdesk.verdicts.RatingScale;
import org.claimdesk.verdicts.VerdictState;
import org.hibernate.envers.RevisionType;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Reads a claim's audit trail (the claim, its evidence, verdicts, follow-ups and assignments) and
 * tells it as sentences: "Alice changed the status from New to Accepted".
 */
@Component
class ClaimHistory {

  private final ClaimAuditRows rows;
  private final RatingScale ratings;

  ClaimHistory(ClaimAuditRows rows, RatingScale ratings) {
    this.rows = rows;
    this.ratings = ratings;
  }

  List<HistoryEntry> of(long claimId, Function<String, String> displayName) {
    Map<Kind, List<Row>> byKind = new HashMap<>();
    for (Row row : rows.of(claimId)) {
      byKind.computeIfAbsent(row.kind(), k -> new ArrayList<>()).add(row);
    }
    List<HistoryEntry> lines = new ArrayList<>();
    RatingLabels labels = new RatingLabels();
    describeClaim(byKind.getOrDefault(Kind.CLAIM, List.of()), displayName, labels, lines);
    describeVerdicts(byKind.getOrDefault(Kind.VERDICT, List.of()), displayName, labels, lines);
    // Evidence rows are the attachments only; text 0 is the source's title as it was then.
    for (Row c : byKind.getOrDefault(Kind.EVIDENCE, List.of())) {
      add(
          lines,
          c,
          displayName,
          "attached the source '" + c.text(0) + "' (" + c.text(1).toLowerCase() + ")");
    }
    // Follow-ups: text 0 what to watch for, 1 the status, 2 the outcome.
    for (Row c : byKind.getOrDefault(Kind.FOLLOW_UP, List.of())) {
      if (c.type() == RevisionType.ADD) {
        add(lines, c, displayName, "scheduled a follow-up for " + c.day() + ": " + c.text(0));
      } else if (!"OPEN".equals(c.text(1))) {
        add(
            lines,
            c,
            displayName,
            "closed the follow-up '"
                + c.text(0)
                + "' as "
                + c.text(1).toLowerCase()
                + (c.text(2) == null ? "" : ": " + c.text(2)));
      }
    }
    // Assignments: text 0 the reviewer, 1 the state, 2 the end reason; number 1 once ended.
    for (Row c : byKind.getOrDefault(Kind.ASSIGNMENT, List.of())) {
      if (c.type() == RevisionType.ADD) {
        add(
            lines,
            c,
            displayName,
            "assigned the claim to "
                + displayName.apply(c.text(0))
                + (c.day() == null ? "" : ", due " + c.day()));
      } else if (c.type() == RevisionType.MOD && c.number() == 1) {
        add(lines, c, displayName, assignmentEnded(c, displayName));
      }
    }
    lines.sort(Comparator.comparingLong(HistoryEntry::revision));
    return lines;
  }

  /** Only the claim's verdicts and corrections, oldest first. */
  List<HistoryEntry> verdictsOf(long claimId, Function<String, String> displayName) {
    List<HistoryEntry> lines = new ArrayList<>();
    describeVerdicts(rows.verdictsOf(claimId), displayName, new RatingLabels(), lines);
    lines.sort(Comparator.comparingLong(HistoryEntry::revision));
    return lines;
  }

  /** How an assignment ended: handed back with the reason, reassigned, ended or completed. */
  private static String assignmentEnded(Row a, Function<String, String> names) {
    String reviewer = names.apply(a.text(0));
    String endReason = a.text(2);
    return switch (AssignmentState.valueOf(a.text(1))) {
      case HANDED_BACK -> "handed the claim back: " + endReason;
      case COMPLETED -> "completed " + reviewer + "'s assignment with the published verdict";
      default ->
          endReason != null && endReason.startsWith("reassigned to ")
              ? "took the claim from " + reviewer + " (reassigned)"
              : "ended " + reviewer + "'s assignment" + (endReason == null ? "" : ": " + endReason);
    };
  }

  /**
   * The claim's rows: text 0 the statement, 1 the speaker, 2 the status, 3 its reason, 4 rating.
   */
  private void describeClaim(
      List<Row> changes,
      Function<String, String> names,
      RatingLabels labels,
      List<HistoryEntry> lines) {
    Row before = null;
    for (Row now : changes) {
      if (now.type() == RevisionType.ADD) {
        add(lines, now, names, "created the claim: " + now.text(0));
      } else if (before != null) {
        if (!Objects.equals(before.text(2), now.text(2))) {
          add(
              lines,
              now,
              names,
              "changed the status from "
                  + statusLabel(before.text(2))
                  + " to "
                  + statusLabel(now.text(2))
                  + (now.text(3) == null ? "" : " (" + now.text(3) + ")"));
        }
        if (!Objects.equals(before.text(0), now.text(0))) {
          add(
              lines,
              now,
              names,
              "changed the statement from '" + before.text(0) + "' to '" + now.text(0) + "'");
        }
        if (!Objects.equals(before.text(1), now.text(1))) {
          add(
              lines,
              now,
              names,
              "changed the speaker from " + orNone(before.text(1)) + " to " + orNone(now.text(1)));
        }
        if (!Objects.equals(before.text(4), now.text(4))) {
          add(
              lines,
              now,
              names,
              "changed the rating from "
                  + labels.of(before.text(4))
                  + " to "
                  + labels.of(now.text(4)));
        }
      }
      before = now;
    }
  }

  /**
   * The verdicts' rows: text 0 the rating, 1 the summary, 2 the state, 3 its note, 4 who proposed
   * retracting it; number the verdict it supersedes.
   */
  private void describeVerdicts(
      List<Row> changes,
      Function<String, String> names,
      RatingLabels labels,
      List<HistoryEntry> lines) {
    Map<Long, Row> last = new HashMap<>();
    for (Row v : changes) {
      Row before = last.put(v.id(), v);
      Long supersedes = v.number();
      String rating = labels.of(v.text(0));
      String note = v.text(3);
      if (v.type() == RevisionType.ADD) {
        Row replaced = supersedes == null ? null : last.get(supersedes);
        if (replaced != null) {
          add(
              lines,
              v,
              names,
              "proposed a correction of the verdict: rating from "
                  + labels.of(replaced.text(0))
                  + " to "
                  + rating
                  + (note == null ? "" : " (" + note + ")"));
        } else {
          add(lines, v, names, "proposed the verdict " + rating + ": " + v.text(1));
        }
      } else if (before != null && !Objects.equals(before.text(2), v.text(2))) {
        String action =
            switch (VerdictState.valueOf(v.text(2))) {
              case APPROVED ->
                  (supersedes == null ? "approved the verdict " : "approved the correction ")
                      + rating;
              case PUBLISHED ->
                  (supersedes == null
                          ? "published the verdict "
                          : "published the correction of the verdict: ")
                      + rating;
              case DRAFT ->
                  (supersedes == null ? "returned the verdict " : "returned the correction ")
                      + rating
                      + " to its author: "
                      + note;
              case RETRACTED -> "retracted the verdict " + rating + ": " + note;
              case SUPERSEDED -> null; // told by the correction itself
              case PROPOSED -> "proposed the verdict " + rating + " again";
            };
        if (action != null) {
          add(lines, v, names, action);
        }
      } else if (before != null) {
        String action = retractionChange(before, v, rating);
        if (action == null && !Objects.equals(before.text(0), v.text(0))) {
          action = "changed the rating from " + labels.of(before.text(0)) + " to " + rating;
        }
        if (action != null) {
          add(lines, v, names, action);
        }
      }
    }
  }

  /** A retraction proposed or turned down (text 4 is who proposed it); null for anything else. */
  private static @Nullable String retractionChange(Row before, Row now, String rating) {
    boolean proposedBefore = before.text(4) != null;
    boolean proposedNow = now.text(4) != null;
    if (!proposedBefore && proposedNow) {
      return "proposed retracting the verdict " + rating;
    }
    if (proposedBefore && !proposedNow) {
      return "turned down the retraction of the verdict " + rating;
    }
    return null;
  }

  private static void add(
      List<HistoryEntry> lines, Row c, Function<String, String> names, String what) {
    lines.add(new HistoryEntry(c.revision(), c.at(), names.apply(c.username()), what, c.reason()));
  }

  private static String statusLabel(@Nullable String status) {
    return ClaimStatus.valueOf(status).label();
  }

  /**
   * "Mostly true" for the stored MOSTLY_TRUE; a name no longer on the scale is kept as it is. The
   * scale is read once for a history, and only when it tells a rating.
   */
  private final class RatingLabels {
    private @Nullable RatingDefinitions scale;

    String of(@Nullable String rating) {
      if (rating == null) {
        return "none";
      }
      if (scale == null) {
        scale = ratings.current();
      }
      return scale.label(rating);
    }
  }

  private static String orNone(@Nullable String value) {
    return value == null ? "none" : value;
  }
}
