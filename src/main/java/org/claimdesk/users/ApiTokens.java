package org.claimdesk.users;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.claimdesk.shared.CurrentUser;
import org.claimdesk.shared.TextInput;
import org.claimdesk.shared.UserFacingException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Personal API tokens: a person creates, lists and revokes their own; an admin sees and revokes
 * everyone's. A token acts with its owner's roles as they are now, and stops working when it
 * expires, is revoked or its owner is deactivated.
 */
@Service
@Transactional
public class ApiTokens {

  public static final int DEFAULT_DAYS = 90;
  public static final int MAX_DAYS = 365;

  /** Last use is written at most this often per token, so that reads do not become writes. */
  private static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

  private final ApiTokenRepository tokens;
  private final UserRepository users;
  private final Clock clock;
  private final ApplicationEventPublisher events;
  private final ApiTokenCache cache;
  private final TransactionTemplate lookups;

  ApiTokens(
      ApiTokenRepository tokens,
      UserRepository users,
      ApplicationEventPublisher events,
      ApiTokenCache cache,
      PlatformTransactionManager transactions) {
    this.tokens = tokens;
    this.users = users;
    this.events = events;
    this.cache = cache;
    this.lookups = new TransactionTemplate(transactions);
    this.clock = Clock.systemUTC();
  }

  /**
   * Creates a token for the signed-in person, valid for {@code days} days (default 90, at most a
   * year).
   */
  @PreAuthorize(Roles.CAN_READ)
  public ApiTokenIssued create(@Nullable String name, @Nullable Integer days) {
    User owner =
        users
            .findByUsernameIgnoreCase(CurrentUser.require())
            .filter(User::isActive)
            .orElseThrow(() -> new AccessDeniedException("Your account is not active."));
    return issue(owner, name, days);
  }

  /** The signed-in person's tokens, newest first. */
  @PreAuthorize(Roles.CAN_READ)
  @Transactional(readOnly = true)
  public List<ApiTokenSummary> mine() {
    Instant now = clock.instant();
    return tokens.findByOwnerUsernameOrderByCreatedAtDescIdDesc(CurrentUser.require()).stream()
        .map(t -> ApiTokenSummary.of(t, now))
        .toList();
  }

  /** Everyone's tokens, for an admin. */
  @PreAuthorize(Roles.IS_ADMIN)
  @Transactional(readOnly = true)
  public List<ApiTokenSummary> all() {
    Instant now = clock.instant();
    return tokens.findAllByOrderByCreatedAtDescIdDesc().stream()
        .map(t -> ApiTokenSummary.of(t, now))
        .toList();
  }

  /** Revokes a token at once; only its owner or an admin may. */
  @PreAuthorize(Roles.CAN_READ)
  public ApiTokenSummary revoke(long tokenId) {
    String me = CurrentUser.require();
    ApiToken token =
        tokens
            .findById(tokenId)
            .orElseThrow(() -> new UserFacingException("That API token no longer exists."));
    if (!token.getOwner().getUsername().equalsIgnoreCase(me) && !CurrentUser.hasRole(Roles.ADMIN)) {
      throw new AccessDeniedException("Only the token's owner or an admin can revoke it.");
    }
    Instant now = clock.instant();
    token.revoke(me, now);
    cache.forgetAfterCommit();
    events.publishEvent(
        new ApiTokenChanged(
            Objects.requireNonNull(token.getId()),
            token.getOwner().getUsername(),
            token.getName(),
            true));
    return ApiTokenSummary.of(token, now);
  }

  /**
   * Who a presented secret acts for, or empty when it is malformed, unknown, expired, revoked or
   * its owner is deactivated. Called before anyone is signed in, so it has no role check. A token
   * that worked a moment ago is answered from {@link ApiTokenCache} without reading the database;
   * its last use is written at most once a minute.
   */
  @Transactional(propagation = Propagation.NOT_SUPPORTED)
  public Optional<ApiTokenPrincipal> authenticate(String secret) {
    if (!ApiTokenSecrets.isWellFormed(secret)) {
      return Optional.empty();
    }
    String hash = ApiTokenSecrets.hash(secret);
    Instant now = clock.instant();
    Optional<ApiTokenPrincipal> cached = cache.get(hash, now);
    if (cached.isPresent()) {
      return cached;
    }
    long generation = cache.generation();
    Optional<ApiTokenPrincipal> found = lookups.execute(status -> lookUp(hash, now, generation));
    return found == null ? Optional.empty() : found;
  }

  private Optional<ApiTokenPrincipal> lookUp(String hash, Instant now, long generation) {
    Optional<ApiToken> found = tokens.findByTokenHash(hash).filter(t -> t.isUsableAt(now));
    if (found.isEmpty()) {
      return Optional.empty();
    }
    ApiToken token = found.get();
    Instant lastUsed = token.getLastUsedAt();
    if (lastUsed == null || lastUsed.plus(LAST_USED_PRECISION).isBefore(now)) {
      tokens.markUsed(token.getId(), now);
    }
    User owner = token.getOwner();
    ApiTokenPrincipal principal =
        new ApiTokenPrincipal(
            token.getId(),
            owner.getUsername(),
            Role.granted(owner.getRoles()).stream().map(Role::authority).toList());
    cache.put(hash, principal, token.getExpiresAt(), generation);
    return Optional.of(principal);
  }

  /** Issues a token for a given account without a signed-in person, e.g. for the first admin. */
  ApiTokenIssued issueFor(String username, String name, int days) {
    User owner =
        users
            .findByUsernameIgnoreCase(username)
            .orElseThrow(() -> new IllegalStateException("No account '" + username + "'"));
    return issue(owner, name, days);
  }

  private ApiTokenIssued issue(User owner, @Nullable String name, @Nullable Integer days) {
    String tokenName = TextInput.required(name, "token name", ApiToken.MAX_NAME_LENGTH);
    int validDays = days == null ? DEFAULT_DAYS : days;
    if (validDays < 1 || validDays > MAX_DAYS) {
      throw new UserFacingException(
          "A token is valid for 1 to " + MAX_DAYS + " days; " + validDays + " is out of range.");
    }
    Instant now = clock.instant();
    String secret = ApiTokenSecrets.newSecret();
    ApiToken token =
        tokens.save(
            new ApiToken(
                owner,
                tokenName,
                ApiTokenSecrets.hash(secret),
                ApiTokenSecrets.hint(secret),
                now,
                now.plus(Duration.ofDays(validDays))));
    events.publishEvent(
        new ApiTokenChanged(
            Objects.requireNonNull(token.getId()), owner.getUsername(), tokenName, false));
    return new ApiTokenIssued(ApiTokenSummary.of(token, now), secret);
  }
}
