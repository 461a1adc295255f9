package org.claimdesk.users;

import java.security.SecureRandom;
import java.util.EnumSet;
import org.claimdesk.shared.UserFacingException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On the first start with an empty database, creates the admin account. Its password is the one
 * given in {@code CLAIMDESK_ADMIN_PASSWORD}, or a random one printed once to the console: there is
 * no default password.
 */
@Component
class FirstAdmin implements SmartInitializingSingleton {

  static final String USERNAME = "admin";
  private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);
  private static final String ALPHABET =
      "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

  private final UserRepository users;
  private final PasswordEncoder passwordEncoder;
  private final TransactionTemplate transaction;
  private final @Nullable String configuredPassword;
  private final String publicUrl;
  private final ApplicationEventPublisher events;

  FirstAdmin(
      UserRepository users,
      PasswordEncoder passwordEncoder,
      TransactionTemplate transaction,
      @Value("${claimdesk.admin-password:}") @Nullable String configuredPassword,
      @Value("${claimdesk.public-url:http://localhost:${server.port:8080}/}") String publicUrl,
      ApplicationEventPublisher events) {
    this.users = users;
    this.passwordEncoder = passwordEncoder;
    this.transaction = transaction;
    this.configuredPassword = configuredPassword;
    this.publicUrl = publicUrl;
    this.events = events;
  }

  /**
   * Before the web server opens: a script that waits for the login page finds the admin, and the
   * token file, already there.
   */
  @Override
  public void afterSingletonsInstantiated() {
    transaction.executeWithoutResult(status -> createIfNoUsers());
  }

  void createIfNoUsers() {
    if (users.count() > 0) {
      return;
    }
    boolean given = configuredPassword != null && !configuredPassword.isBlank();
    String password = given ? configuredPassword : randomPassword();
    if (given) {
      try {
        PasswordPolicy.check(USERNAME, password);
      } catch (UserFacingException refused) {
        throw new AdminPasswordRefusedException(refused.getMessage());
      }
    }
    users.save(
        new User(
            USERNAME, "Administrator", passwordEncoder.encode(password), EnumSet.of(Role.ADMIN)));
    log.info("Created the first admin account '{}'.", USERNAME);
    // E.g. the API token for provisioning scripts (ApiTokenFile).
    events.publishEvent(new FirstAdminCreated(USERNAME));
    StringBuilder banner = new StringBuilder();
    banner.append("\n==============================================================\n");
    banner.append(" ClaimDesk is set up. Sign in at ").append(publicUrl).append('\n');
    banner.append("   username: ").append(USERNAME).append('\n');
    if (given) {
      banner.append("   password: the one in CLAIMDESK_ADMIN_PASSWORD\n");
    } else {
      banner.append("   password: ").append(password).append('\n');
      banner.append(" This password is shown only once: note it now. You can change\n");
      banner.append(" it on the Admin page after signing in.\n");
    }
    banner.append("==============================================================\n");
    System.out.println(banner);
  }

  private static String randomPassword() {
    SecureRandom random = new SecureRandom();
    StringBuilder password = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return password.toString();
  }
}
