package org.claimdesk.api;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.claimdesk.notifications.NotificationService;
import org.claimdesk.notifications.NotificationSummary;
import org.claimdesk.shared.CurrentUser;
import org.claimdesk.users.Role;
import org.claimdesk.users.UserService;
import org.claimdesk.users.UserSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who the token acts for. */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
@Tag(name = "Me", description = "The person a token acts for")
class MeController {

  private final UserService users;
  private final NotificationService notifications;

  MeController(UserService users, NotificationService notifications) {
    this.users = users;
    this.notifications = notifications;
  }

  /**
   * What a person changes on their own account; absent fields stay. {@code awayUntil: null} marks
   * them available, so the setter remembers that the field was present.
   */
  public static final class MyChange {
    @Schema(example = "[\"health\", \"elections\"]")
    @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
    public @Nullable List<String> beats;

    private @Nullable LocalDate awayUntil;
    private boolean awayUntilGiven;

    @Schema(description = "Your last day away; null marks you available.")
    public @Nullable LocalDate getAwayUntil() {
      return awayUntil;
    }

    public void setAwayUntil(@Nullable LocalDate awayUntil) {
      this.awayUntil = awayUntil;
      this.awayUntilGiven = true;
    }

    boolean awayUntilGiven() {
      return awayUntilGiven;
    }
  }

  /** The newest notifications and how many are unread. */
  public record MyNotifications(long unread, List<NotificationSummary> notifications) {}

  /** The token's owner as the desk knows them. */
  public record Me(String username, String displayName, Set<Role> roles) {}

  @GetMapping("/me")
  @Operation(summary = "The token's owner: username, display name and roles")
  Me me() {
    UserSummary me =
        users
            .findByUsername(CurrentUser.require())
            .orElseThrow(() -> new ApiNotFoundException("Your account no longer exists."));
    return new Me(me.username(), me.displayName(), me.roles());
  }

  @PatchMapping("/me")
  @Operation(summary = "Change your own beats and availability (awayUntil)")
  UserSummary changeMe(@RequestBody MyChange change) {
    UserSummary me =
        users
            .findByUsername(CurrentUser.require())
            .orElseThrow(() -> new ApiNotFoundException("Your account no longer exists."));
    if (change.beats != null) {
      me = users.updateMyBeats(change.beats);
    }
    if (change.awayUntilGiven()) {
      me = users.setMyAvailability(change.getAwayUntil());
    }
    return me;
  }

  @GetMapping("/me/notifications")
  @Operation(
      summary = "Your newest notifications (at most 50) and the unread count",
      description = "Reading them here does not mark them read; the bell on the desk does.")
  MyNotifications myNotifications() {
    return new MyNotifications(notifications.unreadCount(), notifications.mine(50));
  }
}
