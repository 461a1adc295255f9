package org.claimdesk.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SentenceEmbeddingsTest {
  private final SentenceEmbeddings embeddings = SentenceEmbeddings.shared();

  @Test
  void a_paraphrase_is_closer_than_an_unrelated_sentence() {
    float[] claim = embeddings.embed("Unemployment fell to four percent last year.");
    float[] paraphrase = embeddings.embed("Last year the jobless rate dropped to 4%.");
    float[] unrelated = embeddings.embed("The orchestra played Mozart in the old cathedral.");
    double close = SentenceEmbeddings.cosine(claim, paraphrase);
    double far = SentenceEmbeddings.cosine(claim, unrelated);
    assertThat(close).isGreaterThan(0.6).isGreaterThan(far + 0.3);
  }

  @Test
  void vectors_have_the_model_dimensions_and_unit_length() {
    float[] v = embeddings.embed("Europe never formally received the plan.");
    assertThat(v).hasSize(SentenceEmbeddings.DIMENSIONS);
    assertThat(SentenceEmbeddings.cosine(v, v))
        .isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-4));
    double norm = 0;
    for (float x : v) {
      norm += x * x;
    }
    assertThat(Math.sqrt(norm)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-3));
  }

  @Test
  void blank_text_gets_the_zero_vector() {
    assertThat(embeddings.embed("  ")).hasSize(SentenceEmbeddings.DIMENSIONS).containsOnly(0f);
    assertThat(SentenceEmbeddings.cosine(embeddings.embed(""), embeddings.embed("words"))).isZero();
  }

  @Test
  void threads_sharing_the_model_get_the_same_vectors() {
    List<String> texts =
        IntStream.range(0, 24).mapToObj(i -> "The budget rose by " + i + " percent.").toList();
    List<float[]> alone = texts.stream().map(embeddings::embed).toList();
    List<float[]> together = texts.parallelStream().map(embeddings::embed).toList();
    for (int i = 0; i < texts.size(); i++) {
      assertThat(together.get(i)).containsExactly(alone.get(i));
    }
  }

  @Test
  void a_repeated_text_gets_the_same_vector_and_changing_a_copy_changes_nothing() {
    float[] first = embeddings.embed("The ministry said exports rose by 12 percent.");
    float[] kept = first.clone();
    java.util.Arrays.fill(first, 0f);
    assertThat(embeddings.embed("The ministry said exports rose by 12 percent."))
        .containsExactly(kept);
    embeddings.forgetRecent();
    assertThat(embeddings.embed("The ministry said exports rose by 12 percent."))
        .containsExactly(kept);
  }
}
