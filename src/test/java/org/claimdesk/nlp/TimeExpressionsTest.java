package org.claimdesk.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeExpressionsTest {
  private static final LocalDate SUNDAY = LocalDate.of(2025, 11, 23);

  private static List<LocalDate> dates(String text) {
    return TimeExpressions.find(text, 0, SUNDAY).stream().map(TimeExpressions.Found::date).toList();
  }

  @Test
  void weekdays_in_past_reports_are_the_latest_such_day() {
    assertThat(dates("Putin said on Friday")).containsExactly(LocalDate.of(2025, 11, 21));
    assertThat(dates("They met on Sunday")).containsExactly(SUNDAY);
    assertThat(dates("He spoke last Sunday")).containsExactly(LocalDate.of(2025, 11, 16));
  }

  @Test
  void weekdays_in_promises_are_the_next_such_day() {
    assertThat(dates("Talks will resume on Tuesday")).containsExactly(LocalDate.of(2025, 11, 25));
    assertThat(dates("a vote next Friday")).containsExactly(LocalDate.of(2025, 11, 28));
  }

  @Test
  void calendar_dates_and_relative_expressions_resolve() {
    assertThat(dates("Geneva, Switzerland, November 23, 2025.")).containsExactly(SUNDAY);
    assertThat(dates("on 3 March 2024 and on Dec. 30"))
        .containsExactly(LocalDate.of(2024, 3, 3), LocalDate.of(2025, 12, 30));
    assertThat(TimeExpressions.find("on Dec. 30", 0, LocalDate.of(2026, 1, 5)).get(0).date())
        .isEqualTo(LocalDate.of(2025, 12, 30));
    assertThat(dates("last week")).containsExactly(LocalDate.of(2025, 11, 16));
    assertThat(dates("yesterday and tomorrow"))
        .containsExactly(LocalDate.of(2025, 11, 22), LocalDate.of(2025, 11, 24));
    assertThat(dates("2024-02-29")).containsExactly(LocalDate.of(2024, 2, 29));
  }

  @Test
  void words_that_only_look_like_dates_are_ignored() {
    assertThat(dates("it may 5 times be wrong")).isEmpty();
    assertThat(TimeExpressions.find("February 30, 2024", 0, SUNDAY))
        .singleElement()
        .satisfies(f -> assertThat(f.date()).isNull());
  }
}
