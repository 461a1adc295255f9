package org.claimdesk.users;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

  /** With its {@code join fetch}, in one query. */
  @Query(
      "select t from ApiToken t join fetch t.owner o left join fetch o.roles"
          + " where t.tokenHash = :tokenHash")
  Optional<ApiToken> findByTokenHash(String tokenHash);

  @EntityGraph(attributePaths = "owner")
  List<ApiToken> findByOwnerUsernameOrderByCreatedAtDescIdDesc(String username);

  @EntityGraph(attributePaths = "owner")
  List<ApiToken> findAllByOrderByCreatedAtDescIdDesc();

  /** Records the use without touching the version, so that a revocation never conflicts with it. */
  @Modifying
  @Query("update ApiToken t set t.lastUsedAt = :at where t.id = :id")
  void markUsed(@Param("id") long id, @Param("at") Instant at);
}
