package org.claimdesk.verdicts;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface RatingEntryRepository extends JpaRepository<RatingEntry, Long> {

  List<RatingEntry> findAllByOrderByPositionAscIdAsc();

  Optional<RatingEntry> findByCode(String code);
}
