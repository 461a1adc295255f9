package org.claimdesk.users;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Several changes to one account, made together or not at all ({@link UserService#changeAccount}):
 * a null field stays as it is; {@code awayUntil} counts only when {@code awayUntilGiven}, so that
 * null can mark the person available.
 */
public record AccountChange(
    @Nullable String displayName,
    @Nullable Set<Role> roles,
    @Nullable Boolean active,
    @Nullable List<String> languages,
    @Nullable List<String> beats,
    @Nullable Integer capacity,
    boolean awayUntilGiven,
    @Nullable LocalDate awayUntil,
    @Nullable String password) {}
