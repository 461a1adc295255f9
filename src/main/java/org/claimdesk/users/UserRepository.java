package org.claimdesk.users;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UserRepository extends JpaRepository<User, Long> {

  @EntityGraph(attributePaths = "roles")
  Optional<User> findByUsernameIgnoreCase(String username);

  @EntityGraph(attributePaths = "roles")
  List<User> findAllByOrderByUsernameAsc();

  @EntityGraph(attributePaths = "roles")
  Optional<User> findWithRolesById(long id);

  @Query("select u.version from User u where u.id = :id")
  Optional<Long> findVersionById(long id);
}
