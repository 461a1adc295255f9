package org.claimdesk.users;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What an admin enters to create an account. */
public record NewUser(
    String username,
    String displayName,
    String password,
    Set<Role> roles,
    @Nullable List<String> languages,
    @Nullable List<String> beats) {}
