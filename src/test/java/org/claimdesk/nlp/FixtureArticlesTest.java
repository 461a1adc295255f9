package org.claimdesk.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FixtureArticlesTest {
  @Test
  void wire_copy_dateline_becomes_a_credit_and_quotes_keep_their_speaker() {
    String text = Articles.fixture("wire-reuters.txt");
    Extraction extraction =
        Articles.EXTRACTOR.extract(text, ExtractionRequest.publishedOn(LocalDate.of(2025, 3, 4)));
    assertThat(extraction.wireCredits()).extracting(WireCredit::agency).containsExactly("Reuters");
    assertThat(extraction.boilerplate())
        .extracting(MarkedSpan::reason)
        .contains("dateline", "byline");
    assertThat(extraction.headings())
        .extracting(MarkedSpan::text)
        .containsExactly("Port authority cuts harbour fees after cargo slump");

    ExtractedItem first =
        Articles.itemStartingWith(extraction, "Norway's port authority said on Tuesday");
    assertThat(first.speaker().kind()).isEqualTo(SpeakerKind.ORGANIZATION);
    assertThat(first.reasons()).contains("gives a number");
    assertThat(first.times())
        .extracting(TimeExpression::date)
        .containsExactly(LocalDate.of(2025, 3, 4));

    ExtractedItem toldReporters =
        Articles.itemStartingWith(extraction, "Harbour master Ingrid Solberg told reporters");
    assertThat(toldReporters.cue()).isEqualTo("told reporters");
    assertThat(toldReporters.speaker().name()).isEqualTo("Ingrid Solberg");
    assertThat(toldReporters.speaker().role()).isEqualTo("Harbour master");
    assertThat(
            Articles.itemStartingWith(extraction, "Ingrid Solberg added that two shipping lines")
                .speaker()
                .name())
        .isEqualTo("Ingrid Solberg");

    ExtractedItem quote = Articles.itemStartingWith(extraction, "\"We cannot keep charging");
    ExtractedItem continued =
        Articles.itemStartingWith(extraction, "\"Our competitors have already moved.\"");
    assertThat(quote.attribution()).isEqualTo(Attribution.DIRECT_QUOTE);
    assertThat(continued.attribution()).isEqualTo(Attribution.DIRECT_QUOTE);
    assertThat(continued.speaker().name()).isEqualTo("Ingrid Solberg");

    assertThat(
            Articles.itemStartingWith(extraction, "The finance ministry has not yet responded")
                .followUp()
                .suggestedDate())
        .isEqualTo(LocalDate.of(2025, 3, 7));
    assertThat(
            Articles.itemStartingWith(extraction, "People familiar with the matter said")
                .speaker()
                .kind())
        .isEqualTo(SpeakerKind.ANONYMOUS_SOURCES);
  }

  @Test
  void broadcaster_page_furniture_is_left_out_and_dates_come_from_the_date_line() {
    Extraction extraction =
        Articles.EXTRACTOR.extract(Articles.fixture("broadcaster-report.txt"), null);
    assertThat(extraction.publishedDate()).isEqualTo(LocalDate.of(2024, 10, 14));
    assertThat(extraction.boilerplate())
        .extracting(MarkedSpan::reason)
        .contains("date line", "share prompt or navigation", "related articles", "copyright line");
    assertThat(extraction.items())
        .extracting(ExtractedItem::text)
        .noneMatch(
            t ->
                t.contains("Storm warnings")
                    || t.contains("emergency shelter")
                    || t.contains("Riverside Broadcasting"));

    ExtractedItem opening = Articles.itemStartingWith(extraction, "The new flood barrier");
    assertThat(opening.speaker().name()).isEqualTo("Clara Osei");
    assertThat(opening.speaker().role()).isEqualTo("Environment Minister");
    assertThat(opening.times())
        .extracting(TimeExpression::date)
        .containsExactly(LocalDate.of(2024, 10, 14));
    assertThat(
            Articles.itemStartingWith(extraction, "She said contractors would return")
                .speaker()
                .name())
        .isEqualTo("Clara Osei");

    ExtractedItem reportedly =
        Articles.itemStartingWith(extraction, "Local residents reportedly blocked");
    assertThat(reportedly.speaker().kind()).isEqualTo(SpeakerKind.UNATTRIBUTED_REPORT);
    assertThat(reportedly.times())
        .extracting(TimeExpression::date)
        .containsExactly(LocalDate.of(2024, 10, 7));

    ExtractedItem council =
        Articles.itemStartingWith(extraction, "According to the county council");
    assertThat(council.cue()).isEqualTo("according to");
    assertThat(council.speaker().kind()).isEqualTo(SpeakerKind.ORGANIZATION);
    assertThat(council.checkworthy()).isTrue();
  }

  @Test
  void transcript_turns_give_their_speaker_to_every_statement() {
    Extraction extraction =
        Articles.EXTRACTOR.extract(
            Articles.fixture("interview-transcript.txt"),
            ExtractionRequest.publishedOn(LocalDate.of(2024, 5, 6)));
    ExtractedItem burglaries =
        Articles.itemStartingWith(extraction, "Burglaries fell by 18 percent");
    assertThat(burglaries.speaker().name()).isEqualTo("Rosa Delgado");
    assertThat(burglaries.attribution()).isEqualTo(Attribution.DIRECT_QUOTE);
    assertThat(burglaries.checkworthy()).isTrue();
    assertThat(burglaries.times())
        .extracting(TimeExpression::date)
        .containsExactly(LocalDate.of(2023, 5, 6));
    ExtractedItem police =
        Articles.itemStartingWith(extraction, "The police published the data on Friday");
    assertThat(police.speaker().name()).isEqualTo("Rosa Delgado");
    assertThat(police.times().get(0).date()).isEqualTo(LocalDate.of(2024, 5, 3));
    assertThat(Articles.itemStartingWith(extraction, "Is that right?").checkworthy()).isFalse();
  }

  @Test
  void html_is_cleaned_and_offsets_point_into_the_markup() {
    String html = Articles.fixture("page.html");
    Extraction extraction = Articles.EXTRACTOR.extract(html, null);
    assertThat(extraction.items())
        .extracting(ExtractedItem::text)
        .noneMatch(t -> t.contains("dataLayer") || t.contains("Injected") || t.contains("<"));
    assertThat(extraction.boilerplate())
        .extracting(MarkedSpan::reason)
        .contains("navigation", "cookie or privacy notice");
    assertThat(extraction.captions())
        .singleElement()
        .satisfies(c -> assertThat(c.text()).endsWith("Photo: Jan Novak"));
    assertThat(extraction.headings())
        .extracting(MarkedSpan::text)
        .contains("Bridge reopens after two years of repairs");
    assertThat(extraction.publishedDate()).isEqualTo(LocalDate.of(2023, 6, 2));

    ExtractedItem bridge =
        Articles.itemStartingWith(extraction, "The Alder bridge reopened on Thursday");
    assertThat(bridge.text()).contains("€ 85 million").contains("city’s");
    assertThat(html.substring(bridge.start(), bridge.end()))
        .startsWith("The Alder bridge reopened")
        .contains("&euro; 85&nbsp;million")
        .endsWith("said.");
    ExtractedItem quote = Articles.itemStartingWith(extraction, "\"The bridge is safe,\"");
    assertThat(html.substring(quote.start(), quote.end()))
        .isEqualTo("&quot;The bridge is safe,&quot; she told reporters.");
    assertThat(quote.speaker().name()).isEqualTo("Mei Lin");
    assertThat(html.substring(quote.speaker().start(), quote.speaker().end())).isEqualTo("she");
  }

  @Test
  void council_roundup_speakers_follow_titles_pronouns_and_relative_clauses() {
    Extraction extraction =
        Articles.EXTRACTOR.extract(
            Articles.fixture("council-roundup.txt"),
            ExtractionRequest.publishedOn(LocalDate.of(2025, 5, 10)));

    ExtractedItem described =
        Articles.itemStartingWith(
            extraction, "Maria Keller, who leads the dockers' union, described");
    ExtractedItem strikes =
        Articles.itemStartingWith(extraction, "Maria Keller said strikes would begin on Friday.");
    assertThat(described.speaker().name()).isEqualTo("Maria Keller");
    assertThat(strikes.speaker().name()).isEqualTo("Maria Keller");
    assertThat(strikes.times())
        .extracting(TimeExpression::date)
        .containsExactly(LocalDate.of(2025, 5, 16));

    ExtractedItem secretary =
        Articles.itemStartingWith(extraction, "The secretary said the offer would cost");
    assertThat(secretary.speaker().name()).isEqualTo("Anna Berg");
    assertThat(secretary.speaker().role()).isEqualTo("Harbour Secretary");
    assertThat(secretary.speaker().mention()).isEqualTo("The secretary");

    ExtractedItem they = Articles.itemStartingWith(extraction, "They said it would cut wages");
    assertThat(they.speaker().name()).isEqualTo("unions");
    assertThat(they.speaker().kind()).isEqualTo(SpeakerKind.ORGANIZATION);

    ExtractedItem notSign =
        Articles.itemStartingWith(extraction, "\"We will not sign,\" said Tom Brennan");
    assertThat(notSign.speaker().role()).isEqualTo("the union's chief negotiator");
    assertThat(Articles.itemStartingWith(extraction, "\"Not this year.\"").speaker().name())
        .isEqualTo("Tom Brennan");

    ExtractedItem asked =
        Articles.itemStartingWith(
            extraction, "\"How many times must we ask?\" Councillor Ida Lund");
    assertThat(asked.speaker().name()).isEqualTo("Ida Lund");
    assertThat(asked.attribution()).isEqualTo(Attribution.DIRECT_QUOTE);
    assertThat(
            Articles.itemStartingWith(extraction, "\"The port made record profits.\"")
                .speaker()
                .name())
        .isEqualTo("Ida Lund");

    ExtractedItem company =
        Articles.itemStartingWith(extraction, "The company, which employs 4,000 dockers, said");
    assertThat(company.speaker().kind()).isEqualTo(SpeakerKind.ORGANIZATION);
    assertThat(company.reasons()).contains("gives a number", "comparison or change");
  }

  @Test
  void a_speaker_announced_with_a_colon_owns_the_quotation_in_the_next_paragraph() {
    String text =
        "Senator Ruth Okafor spoke in Akron on Monday. She said:\n\n"
            + "\"We have cut taxes by 40 percent. Nobody else did that.\"\n\n"
            + "The crowd cheered.\n";
    Extraction extraction = Articles.EXTRACTOR.extract(text, null);
    ExtractedItem first =
        Articles.itemStartingWith(extraction, "\"We have cut taxes by 40 percent.");
    ExtractedItem second = Articles.itemStartingWith(extraction, "Nobody else did that.");
    assertThat(first.speaker().name()).isEqualTo("Ruth Okafor");
    assertThat(first.speaker().role()).isEqualTo("Senator");
    assertThat(second.speaker().name()).isEqualTo("Ruth Okafor");
    assertThat(second.attribution()).isEqualTo(Attribution.DIRECT_QUOTE);
    assertThat(Articles.itemStartingWith(extraction, "The crowd cheered.").speaker()).isNull();
  }

  @Test
  void agency_photo_credits_mark_captions_and_agency_credits_are_collected() {
    String text = Articles.fixture("captions-and-credits.txt");
    Extraction extraction =
        Articles.EXTRACTOR.extract(
            text, new ExtractionRequest("Ministers agree on a fishing quota deal.", null, null));
    assertThat(extraction.captions())
        .extracting(MarkedSpan::text)
        .satisfiesExactly(
            c -> assertThat(c).endsWith("REUTERS/Ana Lopez"),
            c -> assertThat(c).endsWith("(AP Photo/Jon Berg)"),
            c -> assertThat(c).endsWith("Photo by Tom Eriksen/Getty Images"));
    assertThat(extraction.headings())
        .extracting(MarkedSpan::text)
        .containsExactly("Ministers agree on a fishing quota deal.");
    assertThat(extraction.wireCredits())
        .extracting(WireCredit::agency)
        .containsExactly("AFP", "AFP");
    assertThat(extraction.publishedDate()).isEqualTo(LocalDate.of(2025, 3, 3));
    assertThat(extraction.items())
        .extracting(ExtractedItem::text)
        .containsExactly(
            "European fisheries ministers agreed on Monday to cut the cod quota by 20 percent,"
                + " officials said.",
            "The deal still requires approval from the European Parliament.");
    ExtractedItem quota = extraction.items().get(0);
    // Bare "officials" are people the text does not name: unnamed sources, not an organisation.
    assertThat(quota.speaker().kind()).isEqualTo(SpeakerKind.ANONYMOUS_SOURCES);
    assertThat(quota.speaker().mention()).isEqualTo("officials");
    assertThat(quota.times())
        .extracting(TimeExpression::date)
        .containsExactly(LocalDate.of(2025, 3, 3));
    assertThat(extraction.items().get(1).followUp().reason())
        .isEqualTo("depends on a pending approval");
  }

  @Test
  void unnamed_officials_are_anonymous_but_named_bodies_are_organizations() {
    String text =
        "A senior official said the talks had collapsed on Tuesday.\n\n"
            + "The White House said the president had not been briefed.\n\n"
            + "Officials in Madrid said 40 people were evacuated.\n";
    Extraction extraction = Articles.EXTRACTOR.extract(text, null);
    assertThat(Articles.itemStartingWith(extraction, "A senior official said").speaker().kind())
        .isEqualTo(SpeakerKind.ANONYMOUS_SOURCES);
    Speaker whiteHouse = Articles.itemStartingWith(extraction, "The White House said").speaker();
    assertThat(whiteHouse.kind()).isEqualTo(SpeakerKind.ORGANIZATION);
    assertThat(whiteHouse.name()).isEqualTo("White House");
    Speaker madrid = Articles.itemStartingWith(extraction, "Officials in Madrid said").speaker();
    assertThat(madrid.kind()).isEqualTo(SpeakerKind.ORGANIZATION);
    assertThat(madrid.mention()).isEqualTo("Officials in Madrid");
  }

  @Test
  void a_quotation_running_over_paragraphs_keeps_its_speaker() {
    String text =
        "Mayor Lena Ortiz said the budget was balanced. \"We cut spending by 12 percent this"
            + " year.\n\n"
            + "\"We also hired 200 teachers. That is a record.\"\n\n"
            + "The council will vote on Friday.\n";
    Extraction extraction = Articles.EXTRACTOR.extract(text, null);
    for (String start : new String[] {"\"We cut spending", "\"We also hired", "That is a record"}) {
      ExtractedItem item = Articles.itemStartingWith(extraction, start);
      assertThat(item.speaker().name()).as(start).isEqualTo("Lena Ortiz");
      assertThat(item.attribution()).as(start).isEqualTo(Attribution.DIRECT_QUOTE);
    }
    assertThat(Articles.itemStartingWith(extraction, "The council will vote").speaker()).isNull();
  }

  @Test
  void reader_voices_signed_with_a_dash_are_credited_to_the_signer() {
    String text =
        "“Rents rose by 30 percent. Nobody helped us.” ― Ana Ruiz\n\n"
            + "“The buses never come on time.”\n"
            + "― Nell Grey\n";
    Extraction extraction = Articles.EXTRACTOR.extract(text, null);
    assertThat(Articles.itemStartingWith(extraction, "“Rents rose").speaker().name())
        .isEqualTo("Ana Ruiz");
    assertThat(Articles.itemStartingWith(extraction, "Nobody helped us").speaker().name())
        .isEqualTo("Ana Ruiz");
    ExtractedItem buses = Articles.itemStartingWith(extraction, "“The buses never come");
    assertThat(buses.speaker().name()).isEqualTo("Nell Grey");
    assertThat(text.substring(buses.speaker().start(), buses.speaker().end()))
        .isEqualTo("Nell Grey");
    assertThat(extraction.items())
        .extracting(ExtractedItem::text)
        .noneMatch(t -> t.startsWith("―"));
  }
}
