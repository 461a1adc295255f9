package org.claimdesk.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What "the study found" belongs to the body named as the study's author. */
class StudyAuthorTest {

  @Test
  void the_study_is_the_body_the_headline_names_with_its_acronym_spelled_out() {
    Extraction article =
        Articles.EXTRACTOR.extract(Articles.fixture("study-in-headline.txt"), null);
    ExtractedItem found = Articles.itemStartingWith(article, "The study found");
    assertThat(found.speaker().name()).isEqualTo("National Heart Institute");
    assertThat(found.speaker().mention()).isEqualTo("The study");
    assertThat(Articles.itemStartingWith(article, "The risk rose").speaker().name())
        .isEqualTo("National Heart Institute");
  }

  @Test
  void the_author_may_follow_the_study_and_an_unnamed_author_gives_none() {
    assertThat(StudyAuthor.authorNamed("A report from the Ministry of Health said rents rose."))
        .isEqualTo("Ministry of Health");
    assertThat(StudyAuthor.authorNamed("A new study said rents rose in May.")).isNull();
  }
}
