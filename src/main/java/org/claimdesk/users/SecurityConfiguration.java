package org.claimdesk.users;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.claimdesk.operations.SignInFailures;
import org.claimdesk.users.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/** Sign-in through the Vaadin login view; roles checked on views and, above all, on services. */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

  @Bean
  SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
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
    return http.build();
  }

  @Bean
  PasswordEncoder passwordEncoder() {
    // bcrypt, with the algorithm recorded in each hash so that it can be upgraded later.
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }
}
