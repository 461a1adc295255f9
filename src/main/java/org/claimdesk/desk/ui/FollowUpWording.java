package org.claimdesk.desk.ui;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Turns an extraction's follow-up hint into what a person reads in the follow-up form: what to
 * watch for, in words, and a due date that is still ahead.
 */
final class FollowUpWording {

  /** How far ahead a hinted date that has already passed is moved. */
  static final int DAYS_AHEAD = 7;

  private FollowUpWording() {}

  /** What to watch for, from the hint's reason and, when known, who is expected to act. */
  static String watchFor(String reason, @Nullable String speaker) {
    String who = speaker == null || speaker.isBlank() ? null : speaker.strip();
    return switch (reason) {
      case "awaiting a response" ->
          "Whether those asked have responded since"
              + (who == null ? "" : " (the statement is " + who + "'s)")
              + ", and what they said.";
      case "depends on a pending approval" ->
          "Whether the approval this depends on has been given, refused or delayed.";
      case "promised action in the coming days", "promised action in the coming weeks" ->
          "Whether "
              + (who == null ? "the promised action" : who + "'s promised action")
              + " has happened, as announced.";
      case "outcome still open" -> "Whether the open question has been settled, and how.";
      case "announced future step" ->
          "Whether "
              + (who == null ? "the announced step" : who + "'s announced step")
              + " took place, and what came of it.";
      default -> {
        String said = reason.strip();
        yield said
            + (said.endsWith(".") || said.endsWith("?") ? "" : ".")
            + " Check whether it happened, and what came of it.";
      }
    };
  }

  /** The hinted date when it is still ahead; otherwise a week from today. */
  static LocalDate due(@Nullable LocalDate hinted, LocalDate today) {
    return hinted != null && hinted.isAfter(today) ? hinted : today.plusDays(DAYS_AHEAD);
  }
}
