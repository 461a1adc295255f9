package org.claimdesk.users;

import java.time.LocalDate;
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
  private final ApiTokenCache tokenCache;

  UserService(
      UserRepository users,
      PasswordEncoder passwordEncoder,
      AccountSessions sessions,
      ApiTokenCache tokenCache) {
    this.users = users;
    this.passwordEncoder = passwordEncoder;
    this.sessions = sessions;
    this.tokenCache = tokenCache;
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
    user.setLanguages(PersonTags.languages(request.languages()));
    user.setBeats(PersonTags.beats(request.beats()));
    return UserSummary.of(users.save(user));
  }

  /**
   * Makes every change of {@code change} in one transaction: when one is refused (a weak password,
   * removing one's own admin role, a capacity out of range...) none is made. Empty when there is no
   * such account.
   */
  @PreAuthorize(Roles.IS_ADMIN)
  public Optional<UserSummary> changeAccount(String username, AccountChange change) {
    Optional<User> found = users.findByUsernameIgnoreCase(username.strip());
    if (found.isEmpty()) {
      return Optional.empty();
    }
    long userId = found.get().getId();
    if (change.password() != null) {
      resetPassword(userId, change.password());
    }
    UserSummary user = UserSummary.of(load(userId));
    if (change.roles() != null) {
      user = setRoles(userId, change.roles());
    }
    if (change.active() != null) {
      user = setActive(userId, change.active());
    }
    if (change.displayName() != null || change.languages() != null || change.beats() != null) {
      user =
          updateProfile(
              userId,
              change.displayName() != null ? change.displayName() : user.displayName(),
              change.languages() != null ? change.languages() : user.languages(),
              change.beats() != null ? change.beats() : user.beats());
    }
    if (change.capacity() != null) {
      user = setCapacity(userId, change.capacity());
    }
    if (change.awayUntilGiven()) {
      user = setAvailability(userId, change.awayUntil());
    }
    return Optional.of(user);
  }

  @PreAuthorize(Roles.IS_ADMIN)
  public UserSummary updateProfile(
      long userId,
      String displayName,
      @Nullable List<String> languages,
      @Nullable List<String> beats) {
    User user = load(userId);
    user.setDisplayName(requireDisplayName(displayName));
    user.setLanguages(PersonTags.languages(languages));
    user.setBeats(PersonTags.beats(beats));
    return UserSummary.of(user);
  }

  /** How many open assignments the person takes at most. */
  @PreAuthorize(Roles.IS_ADMIN)
  public UserSummary setCapacity(long userId, int capacity) {
    if (capacity < 0 || capacity > User.MAX_CAPACITY) {
      throw new UserFacingException(
          "Enter a capacity from 0 to " + User.MAX_CAPACITY + " open assignments.");
    }
    User user = load(userId);
    user.setCapacity(capacity);
    return UserSummary.of(user);
  }

  /** Marks a person away up to and including {@code awayUntil}, or available when it is null. */
  @PreAuthorize(Roles.IS_ADMIN)
  public UserSummary setAvailability(long userId, @Nullable LocalDate awayUntil) {
    User user = load(userId);
    user.setAwayUntil(checkedAwayUntil(awayUntil));
    return UserSummary.of(user);
  }

  /** The signed-in person's own beats: everyone keeps their own. */
  @PreAuthorize(Roles.CAN_READ)
  public UserSummary updateMyBeats(@Nullable List<String> beats) {
    User user = me();
    user.setBeats(PersonTags.beats(beats));
    return UserSummary.of(user);
  }

  /** The signed-in person's own availability: away up to and including a day, or available. */
  @PreAuthorize(Roles.CAN_READ)
  public UserSummary setMyAvailability(@Nullable LocalDate awayUntil) {
    User user = me();
    user.setAwayUntil(checkedAwayUntil(awayUntil));
    return UserSummary.of(user);
  }

  private User me() {
    String username = CurrentUser.require();
    return users
        .findByUsernameIgnoreCase(username)
        .orElseThrow(() -> new UserFacingException("Your account no longer exists."));
  }

  private static @Nullable LocalDate checkedAwayUntil(@Nullable LocalDate awayUntil) {
    if (awayUntil != null && awayUntil.isBefore(LocalDate.now())) {
      throw new UserFacingException(
          "Away until "
              + awayUntil
              + " is in the past. Choose today or a later day, or mark the person available.");
    }
    return awayUntil;
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
    // API tokens act with the owner's roles as they are now.
    tokenCache.forgetAfterCommit();
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
    tokenCache.forgetAfterCommit();
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
}
