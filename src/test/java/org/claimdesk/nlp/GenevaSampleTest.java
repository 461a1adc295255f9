package org.claimdesk.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class GenevaSampleTest {
  static String original;
  static Extraction extraction;

  @BeforeAll
  static void extract() {
    original = Articles.sample();
    extraction =
        Articles.EXTRACTOR.extract(
            original, ExtractionRequest.publishedOn(LocalDate.of(2025, 11, 23)));
  }

  @Test
  void site_boilerplate_is_left_out_and_no_item_repeats_it() {
    assertThat(extraction.boilerplate())
        .extracting(MarkedSpan::text)
        .anyMatch(t -> t.startsWith("By continuing to browse our site"))
        .contains(
            "CHOOSE YOUR LANGUAGE",
            "互联网新闻信息许可证10120180008",
            "Disinformation report hotline: 010-85061466");
    assertThat(extraction.items())
        .extracting(ExtractedItem::text)
        .noneMatch(
            t ->
                t.contains("cookies")
                    || t.contains("LANGUAGE")
                    || t.contains("许可证")
                    || t.contains("hotline"));
  }

  @Test
  void every_span_points_into_the_original_text() {
    for (MarkedSpan span : extraction.boilerplate()) {
      assertThat(original.substring(span.start(), span.end())).isEqualTo(span.text());
    }
    for (ExtractedItem item : extraction.items()) {
      if (item.speaker() != null) {
        assertThat(original.substring(item.speaker().start(), item.speaker().end()))
            .isEqualTo(item.speaker().mention());
      }
      assertThat(original.substring(item.start(), item.end())).isNotBlank();
      for (TimeExpression time : item.times()) {
        assertThat(original.substring(time.start(), time.end())).isEqualTo(time.text());
      }
    }
    ExtractedItem putin =
        Articles.itemStartingWith(extraction, "Russian President Vladimir Putin said");
    assertThat(original.substring(putin.start(), putin.end())).isEqualTo(putin.text());
  }

  @Test
  void photo_caption_is_a_caption_not_a_claim() {
    assertThat(extraction.captions()).hasSize(1);
    assertThat(extraction.captions().get(0).text()).endsWith("/VCG").contains("Andriy Yermak");
    assertThat(extraction.items())
        .extracting(ExtractedItem::text)
        .noneMatch(t -> t.contains("/VCG"));
  }

  @Test
  void subheadings_are_headings() {
    assertThat(extraction.headings())
        .extracting(MarkedSpan::text)
        .containsExactly("Rubio declines to disclose details", "Vast differences remain");
    assertThat(extraction.items())
        .extracting(ExtractedItem::text)
        .noneMatch(t -> t.startsWith("Vast differences"));
  }

  @Test
  void xinhua_is_a_wire_credit() {
    assertThat(extraction.wireCredits()).extracting(WireCredit::agency).containsExactly("Xinhua");
    WireCredit credit = extraction.wireCredits().get(0);
    assertThat(original.substring(credit.start(), credit.end())).isEqualTo("Xinhua");
    assertThat(extraction.items())
        .extracting(ExtractedItem::text)
        .noneMatch(t -> t.contains("With input from"));
  }

  @Test
  void unnamed_sources_and_the_negation_are_flagged() {
    ExtractedItem item =
        Articles.itemStartingWith(
            extraction, "Some sources revealed that the European side had never");
    assertThat(item.speaker().kind()).isEqualTo(SpeakerKind.ANONYMOUS_SOURCES);
    assertThat(item.reasons()).contains("negation: never", "attributed to unnamed sources");
    assertThat(item.checkworthy()).isTrue();
  }

  @Test
  void putin_is_named_apart_from_his_role_and_friday_is_resolved() {
    ExtractedItem item =
        Articles.itemStartingWith(extraction, "Russian President Vladimir Putin said on Friday");
    assertThat(item.speaker().name()).isEqualTo("Vladimir Putin");
    assertThat(item.speaker().role()).isEqualTo("Russian President");
    assertThat(item.speaker().kind()).isEqualTo(SpeakerKind.PERSON);
    assertThat(item.attribution()).isEqualTo(Attribution.INDIRECT);
    assertThat(item.times())
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.text()).isEqualTo("on Friday");
              assertThat(t.date()).isEqualTo(LocalDate.of(2025, 11, 21));
            });
  }

  @Test
  void publication_date_is_taken_from_the_caption_when_not_given() {
    Extraction withoutDate = Articles.EXTRACTOR.extract(original, ExtractionRequest.none());
    assertThat(withoutDate.publishedDate()).isEqualTo(LocalDate.of(2025, 11, 23));
    ExtractedItem item =
        Articles.itemStartingWith(withoutDate, "Russian President Vladimir Putin said on Friday");
    assertThat(item.times().get(0).date()).isEqualTo(LocalDate.of(2025, 11, 21));
  }

  @Test
  void russia_not_yet_responding_gets_a_follow_up() {
    ExtractedItem item = Articles.itemStartingWith(extraction, "Russia has not yet responded");
    assertThat(item.followUp()).isNotNull();
    assertThat(item.followUp().reason()).isEqualTo("awaiting a response");
    assertThat(item.followUp().suggestedDate()).isAfter(LocalDate.of(2025, 11, 23));
    assertThat(
            Articles.itemStartingWith(extraction, "He added that both the U.S.")
                .followUp()
                .reason())
        .isEqualTo("depends on a pending approval");
    assertThat(
            Articles.itemStartingWith(extraction, "He said both sides would continue")
                .followUp()
                .reason())
        .isEqualTo("promised action in the coming days");
  }

  @Test
  void said_noting_that_gives_two_items_by_rubio() {
    ExtractedItem said =
        Articles.itemStartingWith(extraction, "Rubio said the talks were the \"most productive");
    ExtractedItem noted =
        Articles.itemStartingWith(extraction, "Rubio noted that the delegations had worked");
    assertThat(List.of(said, noted))
        .allSatisfy(
            i -> {
              assertThat(i.speaker().name()).isEqualTo("Marco Rubio");
              assertThat(i.speaker().role()).isEqualTo("U.S. Secretary of State");
            });
    assertThat(said.text()).doesNotContain("noting");
    assertThat(noted.sentence()).isEqualTo(said.sentence());
    assertThat(said.cue()).isEqualTo("said");
    assertThat(noted.cue()).isEqualTo("noted");
    assertThat(original.substring(noted.content().start(), noted.content().end()))
        .startsWith("the delegations had worked");
  }

  @Test
  void pronouns_and_surnames_resolve_to_the_speaker_introduced_earlier() {
    assertThat(
            Articles.itemStartingWith(extraction, "He added that both the U.S.").speaker().name())
        .isEqualTo("Marco Rubio");
    assertThat(
            Articles.itemStartingWith(extraction, "He said he was not prepared").speaker().name())
        .isEqualTo("Marco Rubio");
    assertThat(
            Articles.itemStartingWith(extraction, "He said both sides would continue")
                .speaker()
                .name())
        .isEqualTo("Andriy Yermak");
    ExtractedItem merz =
        Articles.itemStartingWith(extraction, "While acknowledging there is currently a chance");
    assertThat(merz.speaker().name()).isEqualTo("Friedrich Merz");
    assertThat(merz.speaker().mention()).isEqualTo("he");
  }

  @Test
  void diao_daming_is_credited_with_his_three_statements() {
    List<ExtractedItem> diao =
        extraction.items().stream()
            .filter(i -> i.speaker() != null && "Diao Daming".equals(i.speaker().name()))
            .toList();
    assertThat(diao).hasSize(3);
    assertThat(diao.get(0).speaker().role())
        .startsWith("a professor at the School of International Studies");
    assertThat(diao)
        .extracting(ExtractedItem::text)
        .anyMatch(t -> t.startsWith("The introduction of the plan"));
  }

  @Test
  void groups_and_reports_get_their_own_kinds() {
    assertThat(
            Articles.itemStartingWith(extraction, "U.S. and Ukrainian representatives said")
                .speaker()
                .kind())
        .isEqualTo(SpeakerKind.ORGANIZATION);
    ExtractedItem reports =
        Articles.itemStartingWith(extraction, "Ahead of the talks, reports indicated");
    assertThat(reports.speaker().kind()).isEqualTo(SpeakerKind.UNATTRIBUTED_REPORT);
    assertThat(reports.reasons()).contains("attributed to unspecified reports");
  }

  @Test
  void statements_joined_by_but_become_two_items() {
    ExtractedItem first =
        Articles.itemStartingWith(extraction, "U.S. and Ukrainian representatives said on Sunday");
    assertThat(first.text()).endsWith("\"made progress,\"");
    assertThat(first.attribution()).isEqualTo(Attribution.PARTIAL_QUOTE);
    assertThat(first.times())
        .extracting(TimeExpression::date)
        .containsExactly(LocalDate.of(2025, 11, 23));
    assertThat(extraction.items())
        .extracting(ExtractedItem::text)
        .contains("details remain unsettled as differences still need to be narrowed.");
  }

  @Test
  void a_fully_quoted_statement_is_a_direct_quote() {
    ExtractedItem item =
        Articles.itemStartingWith(
            extraction, "\"The items that remain open are not insurmountable,\"");
    assertThat(item.attribution()).isEqualTo(Attribution.DIRECT_QUOTE);
    assertThat(item.speaker().name()).isEqualTo("Marco Rubio");
    assertThat(item.cue()).isEqualTo("emphasized");
  }

  @Test
  void item_ids_are_unique_and_in_reading_order() {
    List<ExtractedItem> items = extraction.items();
    for (int i = 0; i < items.size(); i++) {
      assertThat(items.get(i).id()).isEqualTo(i + 1);
      if (i > 0) {
        assertThat(items.get(i).start()).isGreaterThanOrEqualTo(items.get(i - 1).start());
      }
    }
  }
}
