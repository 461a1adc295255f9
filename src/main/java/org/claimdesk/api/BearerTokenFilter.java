package org.claimdesk.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.OptionalLong;
import org.claimdesk.users.ApiTokenPrincipal;
import org.claimdesk.users.ApiTokens;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs a request in with {@code Authorization: Bearer <token>} for that request only (no session),
 * and holds each token to its rate limit. A presented token that does not work is refused outright
 * rather than treated as anonymous.
 */
class BearerTokenFilter extends OncePerRequestFilter {

  private static final String PREFIX = "Bearer ";

  private final ApiTokens tokens;
  private final TokenRateLimit rateLimit;
  private final SecurityContextHolderStrategy contexts;

  BearerTokenFilter(
      ApiTokens tokens, TokenRateLimit rateLimit, SecurityContextHolderStrategy contexts) {
    this.tokens = tokens;
    this.rateLimit = rateLimit;
    this.contexts = contexts;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
      chain.doFilter(request, response);
      return;
    }
    Optional<ApiTokenPrincipal> principal =
        tokens.authenticate(header.substring(PREFIX.length()).strip());
    if (principal.isEmpty()) {
      response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
      Problems.write(
          response,
          HttpStatus.UNAUTHORIZED,
          "The API token is not valid: it is mistyped, expired or revoked, or its owner's account"
              + " is deactivated. Create a new token on the API tokens page or with POST"
              + " /api/v1/tokens.");
      return;
    }
    ApiTokenPrincipal who = principal.get();
    OptionalLong retryAfter = rateLimit.acquire(who.tokenId());
    if (retryAfter.isPresent()) {
      response.setHeader("Retry-After", Long.toString(retryAfter.getAsLong()));
      Problems.write(
          response,
          HttpStatus.TOO_MANY_REQUESTS,
          "This token has made more than "
              + rateLimit.limit()
              + " requests in a minute. Wait "
              + retryAfter.getAsLong()
              + " seconds (see Retry-After) and slow down.");
      return;
    }
    var authentication =
        UsernamePasswordAuthenticationToken.authenticated(
            who.username(),
            null,
            who.authorities().stream().map(SimpleGrantedAuthority::new).toList());
    authentication.setDetails(new ApiTokenDetails(who.tokenId()));
    var context = contexts.createEmptyContext();
    context.setAuthentication(authentication);
    contexts.setContext(context);
    try {
      chain.doFilter(request, response);
    } finally {
      contexts.clearContext();
    }
  }

  /** Which token signed the request in. */
  record ApiTokenDetails(long tokenId) {}
}
