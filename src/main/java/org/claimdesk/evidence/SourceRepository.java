package org.claimdesk.evidence;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SourceRepository extends JpaRepository<Source, Long> {

  @Query(
      """
      select s from Source s
      where lower(s.title) like :pattern or lower(s.publisher) like :pattern
         or lower(s.url) like :pattern
      order by s.title
      """)
  List<Source> search(@Param("pattern") String pattern, Pageable page);
}
