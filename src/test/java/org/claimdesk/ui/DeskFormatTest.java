package org.claimdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.claimdesk.desk.ui.SpeakerWording;
import org.claimdesk.nlp.SpeakerKind;
import org.claimdesk.shared.DeskTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Dates, times, links and speaker words read the same on every page. */
class DeskFormatTest {

  @AfterEach
  void serverZoneAgain() {
    new DeskTime.Setting("");
  }

  @Test
  void times_are_shown_in_the_desks_time_zone_in_one_format() {
    Instant at = Instant.parse("2026-12-03T16:08:00Z");
    new DeskTime.Setting("Europe/Zurich");
    assertThat(DeskFormat.dateTime(at)).isEqualTo("3 Dec 2026, 17:08");
    assertThat(DeskFormat.date(LocalDate.of(2026, 12, 3))).isEqualTo("3 Dec 2026");
    new DeskTime.Setting("Asia/Tokyo");
    assertThat(DeskFormat.dateTime(at)).isEqualTo("4 Dec 2026, 01:08");
    new DeskTime.Setting("");
    assertThat(DeskTime.zone()).isEqualTo(ZoneId.systemDefault());
  }

  @Test
  void a_us_browser_or_server_sees_the_same_day_month_year_and_24_hour_time() {
    new DeskTime.Setting("Europe/Zurich");
    UI ui = new UI();
    ui.setLocale(Locale.US);
    UI.setCurrent(ui);
    try {
      assertThat(DeskFormat.date(LocalDate.of(2026, 12, 2))).isEqualTo("2 Dec 2026");
      assertThat(DeskFormat.dateTime(Instant.parse("2026-12-02T04:02:00Z")))
          .isEqualTo("2 Dec 2026, 05:02");
      assertThat(DeskFormat.date(LocalDate.of(2026, 9, 30))).isEqualTo("30 Sep 2026");
      DatePicker picker = DeskFormat.datePicker(new DatePicker("Due"));
      assertThat(picker.getI18n().getDateFormats()).startsWith("d MMM yyyy");
      assertThat(picker.getI18n().getFirstDayOfWeek()).isEqualTo(1);
    } finally {
      UI.setCurrent(null);
    }
  }

  @Test
  void a_time_zone_that_does_not_exist_stops_the_start_with_a_reason() {
    assertThatThrownBy(() -> new DeskTime.Setting("Mars/Olympus"))
        .hasMessageContaining("claimdesk.time-zone 'Mars/Olympus' is not a time zone");
  }

  @Test
  void a_due_date_is_overdue_from_the_day_after() {
    assertThat(DeskFormat.due(DeskTime.today())).doesNotContain("overdue");
    assertThat(DeskFormat.due(DeskTime.today().minusDays(1))).endsWith("(overdue)");
    assertThat(DeskFormat.due(null)).isEmpty();
  }

  @Test
  void only_web_addresses_become_links_that_open_apart() {
    var link = WebLink.of("https://example.org/story?id=1").orElseThrow();
    assertThat(link.getHref()).isEqualTo("https://example.org/story?id=1");
    assertThat(link.getElement().getAttribute("target")).isEqualTo("_blank");
    assertThat(link.getElement().getAttribute("rel")).isEqualTo("noopener noreferrer");
    assertThat(WebLink.of("javascript:alert(1)")).isEmpty();
    assertThat(WebLink.of("ftp://example.org/file")).isEmpty();
    assertThat(WebLink.of("not an address")).isEmpty();
    assertThat(WebLink.of(null)).isEmpty();
  }

  @Test
  void each_kind_of_speaker_has_one_wording() {
    assertThat(SpeakerWording.of(null, SpeakerKind.ANONYMOUS_SOURCES))
        .isEqualTo("anonymous sources");
    assertThat(SpeakerWording.of("officials", SpeakerKind.ANONYMOUS_SOURCES))
        .isEqualTo("officials (anonymous sources)");
    assertThat(SpeakerWording.of(null, null, "sources said", SpeakerKind.ANONYMOUS_SOURCES))
        .isEqualTo("anonymous sources (as \"sources said\")");
    assertThat(SpeakerWording.of("Ada Lind", "mayor", null, SpeakerKind.PERSON))
        .isEqualTo("Ada Lind, mayor");
    assertThat(SpeakerWording.of(null, SpeakerKind.NONE))
        .isEqualTo("no speaker (the outlet's own statement)");
    for (SpeakerKind kind : SpeakerKind.values()) {
      assertThat(SpeakerWording.label(kind)).doesNotContain("_").isLowerCase();
    }
  }
}
