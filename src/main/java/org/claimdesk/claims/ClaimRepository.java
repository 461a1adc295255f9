package org.claimdesk.claims;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface ClaimRepository extends JpaRepository<Claim, Long>, JpaSpecificationExecutor<Claim> {

  /**
   * The distinct outlets in order, found by stepping through the outlet index from one outlet to
   * the next (a few dozen index probes) rather than reading every claim's outlet, which with a
   * million claims is a scan of a million index entries on each opening of the queue.
   */
  @Query(
      nativeQuery = true,
      value =
          "with recursive o (outlet) as (select min(outlet) from claim union all select (select"
              + " min(c.outlet) from claim c where c.outlet > o.outlet) from o where o.outlet is"
              + " not null) select outlet from o where outlet is not null order by outlet")
  List<String> findOutlets();
}
