package org.claimdesk.users;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Accounts with their roles. The reads are JPQL with {@code join fetch} rather than derived queries
 * with an entity graph: Hibernate keeps the SQL translation of a JPQL string, while a query with an
 * applied entity graph is translated anew on every call (a large share of an API request's CPU).
 */
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
