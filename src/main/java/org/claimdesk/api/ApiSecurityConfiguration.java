package org.claimdesk.api;

import java.time.Duration;
import org.claimdesk.users.ApiTokens;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;

/**
 * The API's own filter chain, ahead of the web pages' one: Bearer tokens on every request, no
 * session, no CSRF token, problem documents for 401, 403, 413 and 429. The pages' chain is left as
 * it is.
 */
@Configuration
class ApiSecurityConfiguration {

  static final String[] OPEN_API_PATHS = {
    "/api/v1/openapi.json",
    "/api/v1/openapi.json/**",
    "/api/docs",
    "/api/docs/**",
    // springdoc serves the Swagger UI's files beside the configured /api/docs.
    "/api/swagger-ui/**"
  };

  @Bean
  @Order(1)
  SecurityFilterChain apiSecurityFilterChain(
      HttpSecurity http,
      ApiTokens tokens,
      TokenRateLimit rateLimit,
      ObjectProvider<SecurityContextHolderStrategy> contexts,
      @Value("${claimdesk.api.max-body-bytes:8388608}") long maxBodyBytes,
      @Value("${claimdesk.api.concurrent-requests:0}") int concurrentRequests,
      @Value("${claimdesk.api.queue-wait:10s}") Duration queueWait)
      throws Exception {
    SecurityContextHolderStrategy strategy =
        contexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    http.securityMatcher("/api/**");
    http.csrf(csrf -> csrf.disable());
    http.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
    http.requestCache(cache -> cache.disable());
    http.formLogin(form -> form.disable());
    http.httpBasic(basic -> basic.disable());
    http.logout(logout -> logout.disable());
    http.authorizeHttpRequests(
        requests ->
            requests
                .requestMatchers(OPEN_API_PATHS)
                .permitAll()
                // Creating a token checks the username and password itself (TokenController).
                .requestMatchers(HttpMethod.POST, "/api/v1/tokens")
                .permitAll()
                .anyRequest()
                .authenticated());
    http.exceptionHandling(
        handling ->
            handling
                .authenticationEntryPoint(
                    (request, response, e) -> {
                      response.setHeader("WWW-Authenticate", "Bearer");
                      Problems.write(
                          response,
                          HttpStatus.UNAUTHORIZED,
                          "Send an API token as 'Authorization: Bearer <token>'. Get one on the API"
                              + " tokens page or with POST /api/v1/tokens and your username and"
                              + " password.");
                    })
                .accessDeniedHandler(
                    (request, response, e) ->
                        Problems.write(
                            response,
                            HttpStatus.FORBIDDEN,
                            "Your role does not allow this. Ask an editor or an admin.")));
    http.addFilterBefore(new RequestBodyLimit(maxBodyBytes), SecurityContextHolderFilter.class);
    http.addFilterBefore(
        new BearerTokenFilter(tokens, rateLimit, strategy), AnonymousAuthenticationFilter.class);
    // Signed in and within its rate limit, a request waits here for one of the places.
    http.addFilterBefore(
        new ConcurrentRequestLimit(
            concurrentRequests > 0 ? concurrentRequests : ConcurrentRequestLimit.defaultLimit(),
            queueWait),
        AuthorizationFilter.class);
    return http.build();
  }
}
