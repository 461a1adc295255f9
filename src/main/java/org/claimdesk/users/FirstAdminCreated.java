package org.claimdesk.users;

/** Published, inside its transaction, when the first start creates the admin account. */
public record FirstAdminCreated(String username) {}
