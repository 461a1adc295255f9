package org.claimdesk.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Set;
import org.claimdesk.shared.CurrentUser;
import org.claimdesk.users.Role;
import org.claimdesk.users.UserService;
import org.claimdesk.users.UserSummary;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who the token acts for. */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
@Tag(name = "Me", description = "The person a token acts for")
class MeController {

  private final UserService users;

  MeController(UserService users) {
    this.users = users;
  }

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
}
