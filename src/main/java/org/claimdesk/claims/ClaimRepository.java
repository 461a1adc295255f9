package org.claimdesk.claims;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface ClaimRepository extends JpaRepository<Claim, Long>, JpaSpecificationExecutor<Claim> {

  @Query("select distinct c.outlet from Claim c where c.outlet is not null order by c.outlet")
  List<String> findOutlets();
}
