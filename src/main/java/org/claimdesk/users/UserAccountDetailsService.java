package org.claimdesk.users;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads an account for sign-in, with the roles its roles include and its lock state. */
@Service
class UserAccountDetailsService implements UserDetailsService {

  private final UserRepository users;
  private final LoginAttempts loginAttempts;

  UserAccountDetailsService(UserRepository users, LoginAttempts loginAttempts) {
    this.users = users;
    this.loginAttempts = loginAttempts;
  }

  @Override
  @Transactional(readOnly = true)
  public UserDetails loadUserByUsername(String username) {
    User user =
        users
            .findByUsernameIgnoreCase(username.strip())
            .orElseThrow(() -> new UsernameNotFoundException("No such user"));
    return org.springframework.security.core.userdetails.User.withUsername(user.getUsername())
        .password(user.getPasswordHash())
        .disabled(!user.isActive())
        .accountLocked(loginAttempts.isLocked(user.getUsername()))
        .authorities(
            Role.granted(user.getRoles()).stream()
                .map(r -> new SimpleGrantedAuthority(r.authority()))
                .toList())
        .build();
  }
}
