package org.claimdesk.transfer;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.claimdesk.claims.ClaimService;
import org.claimdesk.claims.ClaimStatus;
import org.claimdesk.claims.ClaimSummary;
import org.claimdesk.nlp.SpeakerKind;
import org.claimdesk.shared.CurrentUser;
import org.claimdesk.shared.UserFacingException;
import org.claimdesk.verdicts.Rating;
import org.claimdesk.verdicts.RatingScale;
import org.claimdesk.verdicts.VerdictService;
import org.claimdesk.verdicts.VerdictSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores one imported ClaimReview as a published claim: the claim is created and accepted by the
 * importing editor, the verdict is the other publisher's (its author), approved and published here
 * by the importing editor, all in one transaction with the review's url, whose presence makes a
 * re-run skip it.
 */
@Component
class ClaimReviewWriter implements ImportRun.ReviewWriter {

  private final ClaimService claims;
  private final VerdictService verdicts;
  private final JdbcClient jdbc;
  private final TransactionTemplate transaction;
  private final RatingScale scale;

  ClaimReviewWriter(
      ClaimService claims,
      VerdictService verdicts,
      JdbcClient jdbc,
      PlatformTransactionManager transactions,
      RatingScale scale) {
    this.scale = scale;
    this.claims = claims;
    this.verdicts = verdicts;
    this.jdbc = jdbc;
    this.transaction = new TransactionTemplate(transactions);
  }

  @Override
  public boolean write(ImportedReview review, RatingMapping ratings) {
    Rating rating =
        ratings
            .map(review.ratingLabel(), scale.current())
            .orElseThrow(
                () ->
                    new UserFacingException(
                        "the rating '"
                            + review.ratingLabel()
                            + "' is not mapped onto the desk's scale: add it to the mapping"
                            + " (--rating-map \""
                            + review.ratingLabel()
                            + "=FALSE\")"));
    Boolean stored =
        transaction.execute(
            status -> {
              if (already(review.url())) {
                return false;
              }
              String note =
                  "Imported from ClaimReview "
                      + review.url()
                      + " (published by "
                      + review.reviewedBy()
                      + ", rated '"
                      + review.ratingLabel()
                      + "') by "
                      + CurrentUser.require();
              ClaimSummary claim =
                  claims.create(
                      limit(review.claimReviewed(), 4000),
                      review.claimant() == null ? null : limit(review.claimant(), 300),
                      review.claimant() == null ? null : SpeakerKind.PERSON);
              ClaimSummary accepted =
                  claims.changeStatus(claim.id(), claim.version(), ClaimStatus.ACCEPTED, note);
              String summary =
                  review.summary() != null
                      ? review.summary()
                      : review.ratingLabel() + " (" + review.reviewedBy() + ")";
              VerdictSummary verdict =
                  verdicts.recordPublishedElsewhere(
                      accepted.id(),
                      rating,
                      limit(summary, 1000),
                      limit(review.reviewedBy(), 64),
                      note);
              jdbc.sql(
                      "insert into imported_claim_review (url, claim_id, verdict_id, imported_by,"
                          + " imported_at) values (?, ?, ?, ?, ?)")
                  .params(
                      review.url(),
                      accepted.id(),
                      verdict.id(),
                      CurrentUser.require(),
                      OffsetDateTime.now(ZoneOffset.UTC))
                  .update();
              return true;
            });
    return Boolean.TRUE.equals(stored);
  }

  private boolean already(String url) {
    return jdbc.sql("select count(*) from imported_claim_review where url = ?")
            .param(url)
            .query(Long.class)
            .single()
        > 0;
  }

  private static String limit(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }
}
