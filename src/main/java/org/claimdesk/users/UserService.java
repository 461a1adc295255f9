package org.claimdesk.users;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.claimdesk.shared.CurrentUser;
import org.claimdesk.shared.UserFacingException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts: creating users, setting roles, deactivating and resetting passwords. Deactivating,
 * removing a role or resetting a password ends the person's open sessions.
 */
@Service
@Transactional
public class UserService {

  private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

  private final UserRepository users;
  private final PasswordEncoder passwordEncoder;
  private final AccountSessions sessions;

  UserService(UserRepository users, PasswordEncoder passwordEncoder, AccountSessions sessions) {
    this.users = users;
    this.passwordEncoder = passwordEncoder;
    this.sessions = sessions;
  }

  @PreAuthorize(Roles.IS_ADMIN)
  @Transactional(readOnly = true)
  public List<UserSummary> listUsers() {
    return users.findAllByOrderByUsernameAsc().stream().map(UserSummary::of).toList();
  }

  /** Active people, e.g. to pick an assignee. */
  @PreAuthorize(Roles.CAN_READ)
  @Transactional(readOnly = true)
  public List<UserSummary> listActiveUsers() {
    return users.findAllByOrderByUsernameAsc().stream()
        .filter(User::isActive)
        .map(UserSummary::of)
        .toList();
  }

  @PreAuthorize(Roles.CAN_READ)
  @Transactional(readOnly = true)
  public Optional<UserSummary> findByUsername(String username) {
    return users.findByUsernameIgnoreCase(username).map(UserSummary::of);
  }

  @PreAuthorize(Roles.IS_ADMIN)
  public UserSummary createUser(NewUser request) {
    String username = request.username().strip().toLowerCase();
    if (!USERNAME.matcher(username).matches()) {
      throw new UserFacingException(
          "Choose a username of 2 to 64 characters: lower-case letters, digits, '.', '_' or '-'.");
    }
    if (users.findByUsernameIgnoreCase(username).isPresent()) {
      throw new UserFacingException(
          "The username '" + username + "' is taken. Choose another one.");
    }
    String displayName = requireDisplayName(request.displayName());
    requireSomeRole(request.roles());
    PasswordPolicy.check(username, request.password());
    User user =
        new User(
            username, displayName, passwordEncoder.encode(request.password()), request.roles());
    user.setLanguages(blankToNull(request.languages()));
    user.setBeats(blankToNull(request.beats()));
    return UserSummary.of(users.save(user));
  }

  @PreAuthorize(Roles.IS_ADMIN)
  public UserSummary updateProfile(
      long userId, String displayName, @Nullable String languages, @Nullable String beats) {
    User user = load(userId);
    user.setDisplayName(requireDisplayName(displayName));
    user.setLanguages(blankToNull(languages));
    user.setBeats(blankToNull(beats));
    return UserSummary.of(user);
  }

  @PreAuthorize(Roles.IS_ADMIN)
  public UserSummary setRoles(long userId, Set<Role> roles) {
    requireSomeRole(roles);
    User user = load(userId);
    if (isCurrentUser(user) && !roles.contains(Role.ADMIN)) {
      throw new UserFacingException(
          "You cannot remove your own admin role. Ask another admin to do it.");
    }
    boolean removesSome = !roles.containsAll(user.getRoles());
    user.setRoles(roles);
    if (removesSome) {
      sessions.endAfterCommit(user.getUsername());
    }
    return UserSummary.of(user);
  }

  @PreAuthorize(Roles.IS_ADMIN)
  public UserSummary setActive(long userId, boolean active) {
    User user = load(userId);
    if (!active && isCurrentUser(user)) {
      throw new UserFacingException("You cannot deactivate your own account.");
    }
    user.setActive(active);
    if (!active) {
      sessions.endAfterCommit(user.getUsername());
    }
    return UserSummary.of(user);
  }

  @PreAuthorize(Roles.IS_ADMIN)
  public void resetPassword(long userId, String newPassword) {
    User user = load(userId);
    PasswordPolicy.check(user.getUsername(), newPassword);
    user.setPasswordHash(passwordEncoder.encode(newPassword));
    sessions.endAfterCommit(user.getUsername());
  }

  private User load(long userId) {
    return users
        .findWithRolesById(userId)
        .orElseThrow(() -> new UserFacingException("That user no longer exists. Reload the list."));
  }

  private static boolean isCurrentUser(User user) {
    return CurrentUser.username().map(user.getUsername()::equalsIgnoreCase).orElse(false);
  }

  private static String requireDisplayName(String displayName) {
    String name = displayName.strip();
    if (name.isEmpty() || name.length() > 200) {
      throw new UserFacingException("Enter the person's name (up to 200 characters).");
    }
    return name;
  }

  private static void requireSomeRole(Set<Role> roles) {
    if (roles.isEmpty()) {
      throw new UserFacingException("Give the user at least one role.");
    }
  }

  private static @Nullable String blankToNull(@Nullable String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
