package org.claimdesk.users;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.util.Map;
import org.claimdesk.operations.SignInFailures;
import org.claimdesk.users.ui.LoginView;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/**
 * Sign-in through the Vaadin login view; roles checked on views and, above all, on services. Every
 * username-and-password check, on any filter chain, goes through the one {@link
 * AuthenticationProvider} bean below, and so through {@link SignInThrottle}.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

  @Bean
  SecurityFilterChain securityFilterChain(
      HttpSecurity http,
      SessionRegistry sessionRegistry,
      UserAccountDetailsService accounts,
      AccountSessions sessions,
      SecurityContextHolderStrategy contexts)
      throws Exception {
    // Our own stylesheet and images (from frontend/) are needed on the sign-in page too.
    http.authorizeHttpRequests(
        requests -> requests.requestMatchers("/styles/**", "/images/**").permitAll());
    http.with(
        VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/login"));
    http.formLogin(
        form ->
            form.failureHandler(
                (request, response, exception) ->
                    response.sendRedirect(
                        request.getContextPath() + SignInFailures.redirectFor(exception))));
    // Every session is registered, so that an admin's change to an account can end it at once.
    http.sessionManagement(
        session ->
            session.maximumSessions(-1).sessionRegistry(sessionRegistry).expiredUrl("/login"));
    http.addFilterBefore(
        new AccountChangeFilter(accounts, sessions, contexts), AuthorizationFilter.class);
    return http.build();
  }

  @Bean
  AuthenticationProvider passwordSignIn(
      SignInThrottle throttle, UserAccountDetailsService accounts, PasswordEncoder encoder) {
    return new ThrottledPasswordAuthentication(throttle, accounts, encoder);
  }

  /**
   * Sign-in events for the audit log and the metrics; a sign-in refused by the throttle counts as a
   * lockout, like any {@link org.springframework.security.authentication.LockedException}.
   */
  @Bean
  AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
    DefaultAuthenticationEventPublisher events = new DefaultAuthenticationEventPublisher(publisher);
    events.setAdditionalExceptionMappings(
        Map.of(SignInThrottledException.class, AuthenticationFailureLockedEvent.class));
    return events;
  }

  /**
   * No Spring Security observations of every request's filters and of every authorization check:
   * they wrapped each of the chain's filters (and each service's role check) in a timed span on
   * every request and page, a large share of an API request's CPU, and nothing reads them; the
   * requests themselves stay measured as {@code http.server.requests}. Sign-ins stay observed.
   */
  @Bean
  SecurityObservationSettings securityObservationSettings() {
    return SecurityObservationSettings.withDefaults()
        .shouldObserveRequests(false)
        .shouldObserveAuthorizations(false)
        .build();
  }

  @Bean
  SessionRegistry sessionRegistry() {
    return new SessionRegistryImpl();
  }

  /** Tells the session registry when a session ends, so that it forgets it. */
  @Bean
  HttpSessionEventPublisher httpSessionEventPublisher() {
    return new HttpSessionEventPublisher();
  }

  @Bean
  PasswordEncoder passwordEncoder() {
    // bcrypt, with the algorithm recorded in each hash so that it can be upgraded later.
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }
}
