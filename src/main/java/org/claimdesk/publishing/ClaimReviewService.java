package org.claimdesk.publishing;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.claimdesk.users.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.node.ObjectNode;

/**
 * ClaimReview of the desk's published verdicts: one claim's, or a DataFeed of those published or
 * corrected since a moment. Authored by the configured organisation ({@code
 * claimdesk.organisation.name} and {@code .url}).
 */
@Service
@Transactional(readOnly = true)
public class ClaimReviewService {

  private final DataSource dataSource;
  private final @Nullable String organisationName;
  private final @Nullable String organisationUrl;

  ClaimReviewService(
      DataSource dataSource,
      @Value("${claimdesk.organisation.name:}") @Nullable String organisationName,
      @Value("${claimdesk.organisation.url:}") @Nullable String organisationUrl) {
    this.dataSource = dataSource;
    this.organisationName = organisationName;
    this.organisationUrl = organisationUrl;
  }

  /** The ClaimReview of the claim's published verdict; empty when none is in force. */
  @PreAuthorize(Roles.CAN_READ)
  public Optional<ObjectNode> forClaim(long claimId) {
    Organisation organisation = organisation();
    return Optional.ofNullable(read(reviews -> reviews.forClaim(claimId)))
        .map(facts -> ClaimReviewJson.of(facts, organisation));
  }

  /** The facts behind the claim's ClaimReview, e.g. for the page's length warning. */
  @PreAuthorize(Roles.CAN_READ)
  public Optional<ReviewFacts> factsForClaim(long claimId) {
    return Optional.ofNullable(read(reviews -> reviews.forClaim(claimId)));
  }

  /** A DataFeed of every ClaimReview published or corrected at or after {@code since}. */
  @PreAuthorize(Roles.CAN_READ)
  public ObjectNode feed(@Nullable Instant since) {
    Organisation organisation = organisation();
    List<ObjectNode> reviews = new ArrayList<>();
    read(
        published -> {
          published.since(since, facts -> reviews.add(ClaimReviewJson.of(facts, organisation)));
          return null;
        });
    return ClaimReviewJson.feed(reviews, organisation, Instant.now());
  }

  private Organisation organisation() {
    return Organisation.configured(organisationName, organisationUrl);
  }

  private interface Reading<T> {
    T from(PublishedReviews reviews) throws SQLException;
  }

  private <T> T read(Reading<T> reading) {
    Connection connection = DataSourceUtils.getConnection(dataSource);
    try {
      return reading.from(new PublishedReviews(connection));
    } catch (SQLException e) {
      throw new DataAccessResourceFailureException("Cannot read the published verdicts", e);
    } finally {
      DataSourceUtils.releaseConnection(connection, dataSource);
    }
  }
}
