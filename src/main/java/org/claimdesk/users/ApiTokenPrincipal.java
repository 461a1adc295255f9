package org.claimdesk.users;

import java.util.List;

/** Who a valid token acts for: the token, its owner and the owner's authorities now. */
public record ApiTokenPrincipal(long tokenId, String username, List<String> authorities) {}
