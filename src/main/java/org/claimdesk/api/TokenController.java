package org.claimdesk.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.claimdesk.users.ApiTokenIssued;
import org.claimdesk.users.ApiTokenSummary;
import org.claimdesk.users.ApiTokens;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Personal API tokens. A script gets one by sending its username and password with HTTP Basic; the
 * password goes through the same authentication (and so the same throttling and lockout) as the
 * sign-in page.
 */
@RestController
@RequestMapping(path = "/api/v1/tokens", produces = "application/json")
@Tag(name = "Tokens", description = "Personal API tokens")
class TokenController {

  private final ApiTokens tokens;
  private final AuthenticationConfiguration authentication;
  private final SecurityContextHolderStrategy contexts;

  TokenController(
      ApiTokens tokens,
      AuthenticationConfiguration authentication,
      ObjectProvider<SecurityContextHolderStrategy> contexts) {
    this.tokens = tokens;
    this.authentication = authentication;
    this.contexts = contexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
  }

  /** What to call the token and how long it lasts. */
  public record TokenRequest(
      @Schema(example = "CMS import", description = "Default: 'API token'") @Nullable String name,
      @Schema(example = "90", description = "1 to 365 days; default 90")
          @Nullable Integer expiresInDays) {}

  /** The new token, shown this once: only a hash of it is stored. */
  public record NewToken(
      @Schema(example = "cdk_1xYvS0m3Rnd0mBase62Text0fF0rtyThreeCharsAbc4Dk9Qe") String token,
      Instant expiresAt,
      long id,
      String name) {}

  @PostMapping
  @Operation(
      summary = "Create a token with your username and password (HTTP Basic)",
      description =
          "Send 'Authorization: Basic base64(username:password)'. The token is returned once."
              + " Five wrong passwords lock the account for a while, as on the sign-in page."
              + " A valid Bearer token may be sent instead of the password.",
      security = {@SecurityRequirement(name = "basic"), @SecurityRequirement(name = "bearer")})
  ResponseEntity<NewToken> create(
      @RequestHeader(name = "Authorization", required = false) @Nullable String authorization,
      @RequestBody(required = false) @Nullable TokenRequest request) {
    String name = request == null || request.name() == null ? "API token" : request.name();
    Integer days = request == null ? null : request.expiresInDays();
    Authentication signedIn = contexts.getContext().getAuthentication();
    ApiTokenIssued issued;
    if (signedIn instanceof UsernamePasswordAuthenticationToken
        && signedIn.getDetails() instanceof BearerTokenFilter.ApiTokenDetails) {
      issued = tokens.create(name, days);
    } else {
      issued = asPasswordOwner(authorization, () -> tokens.create(name, days));
    }
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(
            new NewToken(
                issued.secret(),
                issued.token().expiresAt(),
                issued.token().id(),
                issued.token().name()));
  }

  @GetMapping
  @Operation(summary = "Your tokens (admins: everyone's with all=true); never the secrets")
  List<ApiTokenSummary> list(@RequestParam(defaultValue = "false") boolean all) {
    return all ? tokens.all() : tokens.mine();
  }

  @DeleteMapping("/{id}")
  @Operation(summary = "Revoke a token at once (your own, or anyone's for an admin)")
  ApiTokenSummary revoke(@PathVariable long id) {
    return tokens.revoke(id);
  }

  private ApiTokenIssued asPasswordOwner(
      @Nullable String authorization, java.util.function.Supplier<ApiTokenIssued> work) {
    String[] credentials = basicCredentials(authorization);
    Authentication result;
    try {
      result =
          authenticationManager()
              .authenticate(
                  UsernamePasswordAuthenticationToken.unauthenticated(
                      credentials[0], credentials[1]));
    } catch (LockedException e) {
      throw new BadCredentialsException(
          "Too many wrong passwords: this account is locked for a while. Try again later.");
    } catch (AuthenticationException e) {
      throw new BadCredentialsException("The username or password is wrong.");
    }
    var previous = contexts.getContext();
    var context = contexts.createEmptyContext();
    context.setAuthentication(result);
    contexts.setContext(context);
    try {
      return work.get();
    } finally {
      contexts.setContext(previous);
    }
  }

  private static String[] basicCredentials(@Nullable String authorization) {
    if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      throw new BadCredentialsException(
          "Send your username and password with HTTP Basic ('Authorization: Basic ...') to"
              + " create a token.");
    }
    String decoded;
    try {
      decoded =
          new String(
              Base64.getDecoder().decode(authorization.substring(6).strip()),
              StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new BadCredentialsException("The Basic credentials are not valid base64.");
    }
    int colon = decoded.indexOf(':');
    if (colon <= 0) {
      throw new BadCredentialsException(
          "The Basic credentials must be 'username:password', base64-encoded.");
    }
    return new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
  }

  private AuthenticationManager authenticationManager() {
    try {
      return authentication.getAuthenticationManager();
    } catch (Exception e) {
      throw new IllegalStateException("The sign-in authentication is not configured", e);
    }
  }
}
