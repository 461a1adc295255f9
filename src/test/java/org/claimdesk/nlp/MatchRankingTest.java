package org.claimdesk.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MatchRankingTest {
  private final SentenceEmbeddings embeddings = SentenceEmbeddings.shared();

  private final Map<String, String> claims = new LinkedHashMap<>();

  {
    claims.put("bridge", "The new bridge over the river will reopen to traffic in May.");
    claims.put("vaccine", "The flu vaccine causes the flu in healthy adults.");
    claims.put("wages", "Average wages in the city rose by four percent last year.");
    claims.put("wall", "The Great Wall of China is visible from the Moon with the naked eye.");
  }

  private List<MatchRanking.Candidate> candidates(Bm25Index index, String query) {
    List<MatchRanking.Candidate> result = new ArrayList<>();
    for (Bm25Index.Hit hit : index.search(query, 10)) {
      result.add(
          new MatchRanking.Candidate(
              hit.id(), hit.score(), embeddings.embed(claims.get(hit.id())), null));
    }
    return result;
  }

  @Test
  void bm25_finds_claims_sharing_stemmed_words_and_ignores_stop_words() {
    Bm25Index index = Bm25Index.of(claims);
    assertThat(index.search("wage rises", 10))
        .extracting(Bm25Index.Hit::id)
        .first()
        .isEqualTo("wages");
    assertThat(index.search("the of in", 10)).isEmpty();
    assertThat(Bm25Index.terms("The vaccines caused flu")).containsExactly("vaccin", "caus", "flu");
  }

  @Test
  void a_reworded_statement_ranks_its_claim_first() {
    Bm25Index index = Bm25Index.of(claims);
    String query =
        "Getting a flu shot gives healthy grown-ups the flu, a post claims https://t.co/x1";
    String text = MatchRanking.matchable(query);
    assertThat(text).doesNotContain("https");
    List<MatchRanking.Ranked> ranked =
        new MatchRanking().rank(embeddings.embed(text), candidates(index, text));
    assertThat(ranked).first().extracting(MatchRanking.Ranked::id).isEqualTo("vaccine");
    assertThat(ranked.getFirst().similarity()).isGreaterThan(0.5);
    assertThat(ranked.getFirst().lexical()).isEqualTo(1.0);
  }

  @Test
  void reciprocal_rank_fusion_ranks_the_same_claim_first() {
    Bm25Index index = Bm25Index.of(claims);
    String text = "You can see the Great Wall from the Moon without a telescope";
    assertThat(MatchRanking.reciprocalRankFusion(embeddings.embed(text), candidates(index, text)))
        .first()
        .extracting(MatchRanking.Ranked::id)
        .isEqualTo("wall");
  }

  @Test
  void hashtags_and_handles_are_matched_as_the_words_they_run_together() {
    assertThat(MatchRanking.matchable("Stay home #COVID19 #StaySafe, says @CityHealthDept"))
        .isEqualTo("Stay home COVID 19 Stay Safe, says City Health Dept");
    assertThat(MatchRanking.matchable("write to press@example.org")).contains("press@example.org");
  }

  @Test
  void a_tweet_whose_claim_is_only_in_its_hashtags_finds_that_claim() {
    Bm25Index index = Bm25Index.of(claims);
    String text = MatchRanking.matchable("Unbelievable, look at this #GreatWall #FromTheMoon");
    assertThat(index.search(text, 10)).extracting(Bm25Index.Hit::id).first().isEqualTo("wall");
    assertThat(index.search("Unbelievable, look at this #GreatWall #FromTheMoon", 10)).isEmpty();
  }
}
