package org.claimdesk.users;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Accounts with their roles, each read in one query (JPQL with {@code join fetch}). */
interface UserRepository extends JpaRepository<User, Long> {

  @Query("select u from User u left join fetch u.roles where upper(u.username) = upper(:username)")
  Optional<User> findByUsernameIgnoreCase(String username);

  @Query("select u from User u left join fetch u.roles order by u.username")
  List<User> findAllByOrderByUsernameAsc();

  @Query("select u from User u left join fetch u.roles where u.id = :id")
  Optional<User> findWithRolesById(long id);

  @Query("select u.version from User u where u.id = :id")
  Optional<Long> findVersionById(long id);
}
