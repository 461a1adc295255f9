package org.claimdesk.users;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What an admin enters to create an account. */
public record NewUser(
    String username,
    String displayName,
    String password,
    Set<Role> roles,
    @Nullable String languages,
    @Nullable String beats) {}
