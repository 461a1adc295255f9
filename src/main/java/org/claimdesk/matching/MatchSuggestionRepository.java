package org.claimdesk.matching;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface MatchSuggestionRepository extends JpaRepository<MatchSuggestion, Long> {
  List<MatchSuggestion> findByItemClaimIdOrderByScoreDesc(long itemClaimId);

  List<MatchSuggestion> findByItemIdInOrderByScoreDesc(Collection<Long> itemIds);

  List<MatchSuggestion> findByClaimIdAndStateOrderByIdAsc(long claimId, SuggestionState state);

  Optional<MatchSuggestion> findByItemClaimIdAndClaimId(long itemClaimId, long claimId);

  List<MatchSuggestion> findByStateAndItemClaimIdIn(SuggestionState state, Collection<Long> ids);
}
