package org.claimdesk.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.claimdesk.claims.ClaimFilter;
import org.claimdesk.claims.ClaimService;
import org.claimdesk.claims.ClaimStatus;
import org.claimdesk.claims.ClaimSummary;
import org.claimdesk.nlp.SpeakerKind;
import org.claimdesk.support.DeskScenario;
import org.claimdesk.support.IntegrationTest;
import org.claimdesk.support.SignedIn;
import org.claimdesk.users.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;

/** The queue's text filter goes through the index and still applies the other filters. */
@IntegrationTest
class QueueTextFilterTest {

  private static final AtomicLong RUN = new AtomicLong(System.nanoTime() % 1_000_000L);

  @Autowired ApplicationContext context;
  @Autowired ClaimService claims;

  String editor;
  String word;

  @BeforeEach
  void desk() {
    editor = new DeskScenario(context).people.editor();
    word = "quokkaland" + RUN.incrementAndGet();
  }

  private ClaimSummary create(String statement, String speaker) {
    return SignedIn.as(
        editor, Role.EDITOR, () -> claims.create(statement, speaker, SpeakerKind.PERSON));
  }

  private List<String> queue(String text, Pageable page) {
    return queue(new ClaimFilter(Set.of(), null, null, null, null, null, null, null, text), page);
  }

  private List<String> queue(ClaimFilter filter, Pageable page) {
    Slice<ClaimSummary> slice = SignedIn.as(editor, Role.EDITOR, () -> claims.queue(filter, page));
    return slice.getContent().stream().map(ClaimSummary::statement).toList();
  }

  @Test
  void words_match_as_words_with_stemming_and_quoted_phrases() {
    create("In " + word + " rents are rising fast", "A landlord");
    create("In " + word + " fast trains are rare", "A commuter");
    create("In " + word + " trainers earn little", "A coach");
    Pageable page = PageRequest.of(0, 10, Sort.by("statement"));

    assertThat(queue(word + " rises", page))
        .containsExactly("In " + word + " rents are rising fast");
    assertThat(queue(word + " train", page))
        .containsExactly("In " + word + " fast trains are rare");
    assertThat(queue("\"" + word + " fast trains\"", page))
        .containsExactly("In " + word + " fast trains are rare");
    assertThat(queue("\"" + word + " trains fast\"", page)).isEmpty();
    assertThat(queue(word + " fast", page))
        .containsExactly(
            "In " + word + " fast trains are rare", "In " + word + " rents are rising fast");
  }

  @Test
  void the_other_filters_paging_sorting_and_counts_apply_with_the_text() {
    ClaimSummary first = create("The " + word + " port handled 1 million boxes", "Port Authority");
    ClaimSummary second = create("The " + word + " port handled 2 million boxes", "Port Authority");
    ClaimSummary third = create("The " + word + " port handled 3 million boxes", "A harbour pilot");
    SignedIn.as(
        editor,
        Role.EDITOR,
        () -> claims.changeStatus(second.id(), second.version(), ClaimStatus.ACCEPTED, null));

    Pageable byIdDesc = PageRequest.of(0, 2, Sort.by(Sort.Order.desc("id")));
    assertThat(queue(word, byIdDesc)).containsExactly(third.statement(), second.statement());
    assertThat(queue(word, byIdDesc.next())).containsExactly(first.statement());
    Slice<ClaimSummary> firstPage =
        SignedIn.as(
            editor,
            Role.EDITOR,
            () ->
                claims.queue(
                    new ClaimFilter(Set.of(), null, null, null, null, null, null, null, word),
                    byIdDesc));
    assertThat(firstPage.hasNext()).isTrue();

    ClaimFilter authority =
        new ClaimFilter(Set.of(), "authority", null, null, null, null, null, null, word + " port");
    assertThat(queue(authority, PageRequest.of(0, 10, Sort.by("id"))))
        .containsExactly(first.statement(), second.statement());
    assertThat(queue(authority.withStatuses(Set.of(ClaimStatus.ACCEPTED)), PageRequest.of(0, 10)))
        .containsExactly(second.statement());

    var counts = SignedIn.as(editor, Role.EDITOR, () -> claims.countsByStatus(authority));
    assertThat(counts.get(ClaimStatus.NEW)).isEqualTo(1);
    assertThat(counts.get(ClaimStatus.ACCEPTED)).isEqualTo(1);
    assertThat(counts.get(ClaimStatus.PUBLISHED)).isZero();
  }

  @Test
  void a_text_that_is_not_valid_query_syntax_is_searched_as_written_rather_than_failing() {
    create("The " + word + " budget (2025) grew", "A treasurer");
    assertThat(queue(word + " (2025", PageRequest.of(0, 10))).hasSize(1);
    assertThat(queue(word + " \"unclosed", PageRequest.of(0, 10))).isEmpty();
  }

  /**
   * With a text, every field of the filter is applied in the index (ClaimTextSearch) instead of in
   * SQL (ClaimSpecifications): a field added to the filter must be added in both places.
   */
  @Test
  void every_filter_field_is_one_the_index_query_applies() {
    assertThat(Arrays.stream(ClaimFilter.class.getRecordComponents()).map(RecordComponent::getName))
        .containsExactlyInAnyOrder(
            "statuses",
            "speaker",
            "assignee",
            "rating",
            "outlet",
            "documentId",
            "from",
            "to",
            "text",
            "resurfaced");
  }
}
