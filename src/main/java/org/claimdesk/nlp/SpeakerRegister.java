package org.claimdesk.nlp;

import java.util.HashMap;
import java.util.Map;

/**
 * The people and groups met so far in one document, so that "Rubio", "he" or "the secretary" can be
 * resolved to the speaker introduced earlier. Lives for one document only, so it never grows.
 */
final class SpeakerRegister {
  record Known(String name, String role, SpeakerKind kind) {}

  private final Map<String, Known> byToken = new HashMap<>();
  private final Map<String, Known> byName = new HashMap<>();
  private final java.util.List<Known> organizations = new java.util.ArrayList<>();
  private final Map<String, Known> byDescription = new HashMap<>();
  private Known lastPerson;
  private Known lastGroup;

  Known register(String name, String role) {
    Known existing = byName.get(name);
    if (existing != null) {
      if (existing.role() == null && role != null) {
        existing = new Known(name, role, SpeakerKind.PERSON);
        byName.put(name, existing);
        index(existing);
      }
      return existing;
    }
    Known known = new Known(name, role, SpeakerKind.PERSON);
    byName.put(name, known);
    index(known);
    return known;
  }

  private void index(Known known) {
    String[] parts = known.name().split(" ");
    // The surname wins over a first name met before: "Rubio" after "Marco Rubio".
    byToken.put(PageLayout.lower(parts[parts.length - 1]), known);
    if (parts.length > 1) {
      byToken.putIfAbsent(PageLayout.lower(parts[0]), known);
    }
    byToken.put(PageLayout.lower(known.name()), known);
  }

  Known byName(String mention) {
    Known known = byToken.get(PageLayout.lower(mention));
    if (known != null) {
      return known;
    }
    String[] parts = mention.split(" ");
    return parts.length > 1 ? byToken.get(PageLayout.lower(parts[parts.length - 1])) : null;
  }

  /** The person whose role contains this word: "the secretary" after "Secretary of State Rubio". */
  Known byRole(String roleWord) {
    String word = PageLayout.lower(roleWord);
    if (lastPerson != null
        && lastPerson.role() != null
        && PageLayout.lower(lastPerson.role()).contains(word)) {
      return lastPerson;
    }
    for (Known known : byName.values()) {
      if (known.role() != null && PageLayout.lower(known.role()).contains(word)) {
        return known;
      }
    }
    return null;
  }

  /** Notes a body named in full, so that its initials can point back to it. */
  void organization(String name) {
    organizations.add(new Known(name, null, SpeakerKind.ORGANIZATION));
  }

  /** "RIM" for "Research In Motion", "WHO" for "World Health Organization". */
  Known organizationWithInitials(String acronym) {
    String letters = acronym.replace(".", "").replace("&", "");
    for (int i = organizations.size() - 1; i >= 0; i--) {
      StringBuilder initials = new StringBuilder();
      for (String word : organizations.get(i).name().split("[\\s-]+")) {
        if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
          initials.append(word.charAt(0));
        }
      }
      if (initials.toString().equals(letters)) {
        return organizations.get(i);
      }
    }
    return null;
  }

  void spoke(Known known) {
    if (known.kind() == SpeakerKind.PERSON) {
      lastPerson = known;
    } else if (known.kind() == SpeakerKind.ORGANIZATION
        || known.kind() == SpeakerKind.ANONYMOUS_SOURCES) {
      lastGroup = known;
    }
  }

  /** "the Turkish daily Yeni Safak": a later "the daily" is Yeni Safak. */
  void describe(String descriptionWord, String name) {
    Known known = new Known(name, null, SpeakerKind.ORGANIZATION);
    byDescription.put(PageLayout.lower(descriptionWord), known);
    organizations.add(known);
  }

  /**
   * The body a description such as "the ministry" stands for: the one last described so, else the
   * last one whose name contains the word.
   */
  Known byDescription(String descriptionWord) {
    String word = PageLayout.lower(descriptionWord);
    Known described = byDescription.get(word);
    if (described != null) {
      return described;
    }
    for (int i = organizations.size() - 1; i >= 0; i--) {
      for (String part : PageLayout.lower(organizations.get(i).name()).split("\\s+")) {
        if (part.equals(word)) {
          return organizations.get(i);
        }
      }
    }
    return null;
  }

  /** The bodies named so far, in order. */
  java.util.List<Known> organizations() {
    return java.util.Collections.unmodifiableList(organizations);
  }

  /** The body named most recently, whether or not it said anything. */
  Known lastOrganization() {
    return organizations.isEmpty() ? null : organizations.getLast();
  }

  Known lastPerson() {
    return lastPerson;
  }

  Known lastGroup() {
    return lastGroup;
  }
}
