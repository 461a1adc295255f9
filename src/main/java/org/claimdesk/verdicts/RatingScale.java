package org.claimdesk.verdicts;

import java.util.ArrayList;
import java.util.List;
import org.claimdesk.shared.ConflictException;
import org.claimdesk.shared.TextInput;
import org.claimdesk.shared.UserFacingException;
import org.claimdesk.users.Roles;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The desk's rating scale: everybody reads it; admins change labels, order and definitions, add
 * ratings and retire them. A retired rating stays on the verdicts that have it (and in their
 * ClaimReview), but no new verdict can use it. Every change is audited (Envers and the audit log).
 *
 * <p>Each change carries the version of the rating the admin saw; a stale one is refused.
 */
@Service
@Transactional
public class RatingScale {

  private final RatingEntryRepository entries;

  RatingScale(RatingEntryRepository entries) {
    this.entries = entries;
  }

  /** The whole scale, best first, retired ratings included. */
  @PreAuthorize(Roles.CAN_READ)
  @Transactional(readOnly = true)
  public RatingDefinitions current() {
    return new RatingDefinitions(
        entries.findAllByOrderByPositionAscIdAsc().stream()
            .map(RatingEntry::toDefinition)
            .toList());
  }

  /** Changes a rating's label, definition and whether it is for attributed statements only. */
  @PreAuthorize(Roles.IS_ADMIN)
  public RatingDefinition describe(
      Rating rating, long expectedVersion, String label, String definition, boolean attributed) {
    RatingEntry entry = load(rating, expectedVersion);
    entry.describe(checkedLabel(label, rating), checkedDefinition(definition), attributed);
    return flushed(entry);
  }

  /**
   * Moves a rating {@code places} up (negative, towards the best) or down the scale; the others
   * close up behind it.
   */
  @PreAuthorize(Roles.IS_ADMIN)
  public RatingDefinitions move(Rating rating, long expectedVersion, int places) {
    RatingEntry moved = load(rating, expectedVersion);
    List<RatingEntry> scale = new ArrayList<>(entries.findAllByOrderByPositionAscIdAsc());
    int from = scale.indexOf(moved);
    int to = Math.clamp((long) from + places, 0, scale.size() - 1);
    scale.remove(from);
    scale.add(to, moved);
    for (int i = 0; i < scale.size(); i++) {
      if (scale.get(i).getPosition() != i + 1) {
        scale.get(i).moveTo(i + 1);
      }
    }
    entries.flush();
    return current();
  }

  /** New verdicts can no longer have this rating; those that have it keep it. */
  @PreAuthorize(Roles.IS_ADMIN)
  public RatingDefinition retire(Rating rating, long expectedVersion) {
    RatingEntry entry = load(rating, expectedVersion);
    entry.retire();
    return flushed(entry);
  }

  /** A retired rating can be used again. */
  @PreAuthorize(Roles.IS_ADMIN)
  public RatingDefinition reinstate(Rating rating, long expectedVersion) {
    RatingEntry entry = load(rating, expectedVersion);
    entry.reinstate();
    return flushed(entry);
  }

  /** Adds a rating at the end of the scale (move it to its place afterwards). */
  @PreAuthorize(Roles.IS_ADMIN)
  public RatingDefinition add(Rating rating, String label, String definition, boolean attributed) {
    if (entries.findByCode(rating.code()).isPresent()) {
      throw new UserFacingException(
          "The scale already has the rating " + rating.code() + ". Choose another code.");
    }
    int last =
        entries.findAllByOrderByPositionAscIdAsc().stream()
            .mapToInt(RatingEntry::getPosition)
            .max()
            .orElse(0);
    RatingEntry entry =
        new RatingEntry(
            rating,
            checkedLabel(label, rating),
            checkedDefinition(definition),
            last + 1,
            attributed);
    try {
      return entries.saveAndFlush(entry).toDefinition();
    } catch (DataIntegrityViolationException e) {
      throw new ConflictException(
          "Somebody else has just added the rating " + rating.code() + ". Reload the scale.");
    }
  }

  /** Refuses a rating that a new verdict cannot have: unknown to the scale, or retired. */
  void requireUsable(Rating rating) {
    RatingEntry entry =
        entries
            .findByCode(rating.code())
            .orElseThrow(
                () ->
                    new UserFacingException(
                        "The desk's scale has no rating "
                            + rating.code()
                            + ". Choose one of the ratings offered."));
    if (entry.getRetiredAt() != null) {
      throw new UserFacingException(
          "The rating \u201c"
              + entry.getLabel()
              + "\u201d is retired: new verdicts cannot use it. Choose another rating.");
    }
  }

  private RatingEntry load(Rating rating, long expectedVersion) {
    RatingEntry entry =
        entries
            .findByCode(rating.code())
            .orElseThrow(
                () -> new UserFacingException("The scale has no rating " + rating.code() + "."));
    if (entry.getVersion() != expectedVersion) {
      throw stale();
    }
    return entry;
  }

  private RatingDefinition flushed(RatingEntry entry) {
    try {
      entries.flush();
    } catch (DataIntegrityViolationException e) {
      throw stale();
    }
    return entry.toDefinition();
  }

  private static ConflictException stale() {
    return new ConflictException(
        "Somebody else has changed this rating. Reload the scale to see their change.");
  }

  private static String checkedLabel(String label, Rating rating) {
    return TextInput.required(label, "label of " + rating.code(), RatingEntry.LABEL_MAX_LENGTH);
  }

  private static String checkedDefinition(String definition) {
    return TextInput.required(definition, "definition", RatingEntry.DEFINITION_MAX_LENGTH);
  }
}
