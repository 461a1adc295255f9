package org.claimdesk.api;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.claimdesk.shared.ConflictException;
import org.claimdesk.shared.UserFacingException;
import org.claimdesk.users.AccountChange;
import org.claimdesk.users.NewUser;
import org.claimdesk.users.Role;
import org.claimdesk.users.UserService;
import org.claimdesk.users.UserSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Accounts, for admins. */
@RestController
@RequestMapping(path = "/api/v1/users", produces = "application/json")
@Tag(name = "Users", description = "Accounts and roles (admins only)")
class UserController {

  private final UserService users;

  UserController(UserService users) {
    this.users = users;
  }

  /** A new account. */
  public record NewUserRequest(
      @Schema(example = "rita", requiredMode = Schema.RequiredMode.REQUIRED) String username,
      @Schema(example = "Rita Alves", requiredMode = Schema.RequiredMode.REQUIRED)
          String displayName,
      @Schema(
              description = "At least 12 characters, not containing the username.",
              example = "correct horse battery",
              requiredMode = Schema.RequiredMode.REQUIRED)
          String password,
      @Schema(example = "[\"REVIEWER\"]", requiredMode = Schema.RequiredMode.REQUIRED)
          Set<Role> roles,
      @Schema(example = "[\"en\", \"fr\"]")
          @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
          @Nullable List<String> languages,
      @Schema(example = "[\"health\"]")
          @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
          @Nullable List<String> beats,
      @Schema(description = "Open assignments at most; 10 when absent.", example = "10")
          @Nullable Integer capacity,
      @Schema(description = "Last day away; null or absent means available.")
          @Nullable LocalDate awayUntil) {}

  /**
   * What to change on an account; absent fields stay as they are. {@code awayUntil: null} marks the
   * person available, so the setter remembers that the field was present.
   */
  public static final class UserChange {
    @Schema(example = "Rita Alves-Moreau")
    public @Nullable String displayName;

    @Schema(example = "[\"EDITOR\"]")
    public @Nullable Set<Role> roles;

    @Schema(description = "false deactivates the account and stops its tokens at once.")
    public @Nullable Boolean active;

    @Schema(example = "[\"en\"]")
    @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
    public @Nullable List<String> languages;

    @Schema(example = "[\"health\"]")
    @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
    public @Nullable List<String> beats;

    @Schema(description = "Open assignments at most.", example = "10")
    public @Nullable Integer capacity;

    @Schema(description = "A new password (at least 12 characters).")
    public @Nullable String password;

    private @Nullable LocalDate awayUntil;
    private boolean awayUntilGiven;

    @Schema(description = "Last day the person is away; null marks them available.")
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

  @GetMapping
  @Operation(summary = "Every account")
  List<UserSummary> list() {
    return users.listUsers();
  }

  @PostMapping
  @Operation(summary = "Create an account")
  ResponseEntity<UserSummary> create(@RequestBody NewUserRequest request) {
    Set<Role> roles = request.roles() == null ? Set.of() : request.roles();
    UserSummary created;
    try {
      created =
          users.createUser(
              new NewUser(
                  Require.text(request.username()),
                  Require.text(request.displayName()),
                  Require.text(request.password()),
                  roles,
                  request.languages(),
                  request.beats()));
    } catch (UserFacingException e) {
      // A taken username is a duplicate: 409 like a document ingested twice.
      if (request.username() != null
          && users.findByUsername(request.username().strip()).isPresent()) {
        throw new ConflictException(e.getMessage());
      }
      throw e;
    }
    if (request.capacity() != null) {
      created = users.setCapacity(created.id(), request.capacity());
    }
    if (request.awayUntil() != null) {
      created = users.setAvailability(created.id(), request.awayUntil());
    }
    return ResponseEntity.created(URI.create("/api/v1/users/" + created.username())).body(created);
  }

  /**
   * Every present field changes in one service call and one transaction: a refused password, role
   * or capacity leaves the account exactly as it was.
   */
  @PatchMapping(path = "/{username}")
  @Operation(
      summary =
          "Change an account: name, roles, active, languages, beats, capacity, awayUntil, password",
      description = "All changes are made together, or none when one is refused.")
  UserSummary change(@PathVariable String username, @RequestBody UserChange change) {
    return users
        .changeAccount(
            username,
            new AccountChange(
                change.displayName,
                change.roles,
                change.active,
                change.languages,
                change.beats,
                change.capacity,
                change.awayUntilGiven(),
                change.getAwayUntil(),
                change.password))
        .orElseThrow(() -> new ApiNotFoundException("There is no user '" + username + "'."));
  }
}
