package org.claimdesk.users;

import java.util.List;
import java.util.Optional;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads an account for sign-in, with the roles its roles include, and its state for sessions. */
@Service
class UserAccountDetailsService implements UserDetailsService {

  private final UserRepository users;

  UserAccountDetailsService(UserRepository users) {
    this.users = users;
  }

  @Override
  @Transactional(readOnly = true)
  public UserDetails loadUserByUsername(String username) {
    return users
        .findByUsernameIgnoreCase(username.strip())
        .map(UserAccountDetailsService::account)
        .orElseThrow(() -> new UsernameNotFoundException("No such user"));
  }

  /** The account as it is now, or empty when it no longer exists. */
  @Transactional(readOnly = true)
  Optional<SignedInAccount> current(long accountId) {
    return users.findWithRolesById(accountId).map(UserAccountDetailsService::account);
  }

  /** The account's version now, cheap enough to ask on every request. */
  @Transactional(readOnly = true)
  Optional<Long> currentVersion(long accountId) {
    return users.findVersionById(accountId);
  }

  private static SignedInAccount account(User user) {
    List<SimpleGrantedAuthority> authorities =
        Role.granted(user.getRoles()).stream()
            .map(r -> new SimpleGrantedAuthority(r.authority()))
            .toList();
    return new SignedInAccount(
        user.getId() == null ? 0 : user.getId(),
        user.getVersion(),
        user.getUsername(),
        user.getPasswordHash(),
        user.isActive(),
        authorities);
  }
}
