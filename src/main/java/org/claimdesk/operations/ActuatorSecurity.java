package org.claimdesk.operations;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The actuator's own rules, ahead of the Vaadin chain: health and its liveness and readiness groups
 * are open to load balancers (details only for admins); metrics and the online backup need an
 * admin's name and password over HTTP Basic, without a session or CSRF token, as scripts call them.
 */
@Configuration
class ActuatorSecurity {

  static final String ADMIN = "ADMIN";

  @Bean
  @Order(2)
  SecurityFilterChain actuatorSecurityFilterChain(HttpSecurity http) throws Exception {
    http.securityMatcher("/actuator/**")
        .authorizeHttpRequests(
            requests ->
                requests
                    .requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**")
                    .permitAll()
                    .anyRequest()
                    .hasRole(ADMIN))
        // Plain status codes: an error page would be served by the Vaadin chain, which redirects
        // to the sign-in page instead of telling a script that its credentials were refused.
        .httpBasic(
            basic ->
                basic.authenticationEntryPoint(
                    (request, response, failure) -> {
                      response.setHeader("WWW-Authenticate", "Basic realm=\"ClaimDesk\"");
                      response.setStatus(401);
                    }))
        .exceptionHandling(
            errors ->
                errors.accessDeniedHandler((request, response, denied) -> response.setStatus(403)))
        .csrf(csrf -> csrf.disable())
        .sessionManagement(
            session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
    return http.build();
  }
}
