package org.claimdesk.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Says in words what an audit entry records, from its canonical JSON. */
final class EntryDescription {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final int SHOWN = 120;
  private static final Map<String, String> EVENTS =
      Map.ofEntries(
          Map.entry("SIGN_IN", "signed in"),
          Map.entry("SIGN_IN_FAILED", "failed to sign in"),
          Map.entry("SIGN_OUT", "signed out"),
          Map.entry("LOCKED_OUT", "was locked out after too many wrong passwords"),
          Map.entry("TOKEN_CREATED", "created an API token"),
          Map.entry("TOKEN_REVOKED", "revoked an API token"),
          Map.entry("USER_CREATED", "created the account"),
          Map.entry("ROLE_CHANGED", "changed the roles of"),
          Map.entry("DEACTIVATED", "deactivated the account"),
          Map.entry("REACTIVATED", "reactivated the account"),
          Map.entry("PASSWORD_RESET", "reset the password of"),
          Map.entry("EXPORT_MADE", "exported the audit log"),
          Map.entry("DESK_EXPORTED", "exported the whole desk"));

  private EntryDescription() {}

  static String of(String json) {
    JsonNode node;
    try {
      node = JSON.readTree(json);
    } catch (JacksonException e) {
      return "(unreadable entry)";
    }
    String change = node.path("change").asString("");
    String entity = node.path("entity").asString("");
    String id = node.path("entityId").asString("");
    if ("security".equals(node.path("kind").asString(""))) {
      String words = EVENTS.getOrDefault(change, change.toLowerCase(Locale.ROOT));
      StringBuilder out = new StringBuilder(words);
      if (!id.isEmpty()) {
        out.append(' ').append(id);
      }
      node.path("fields")
          .properties()
          .forEach(
              e -> out.append(", ").append(e.getKey()).append(": ").append(show(e.getValue())));
      return out.toString();
    }
    String thing = words(entity) + " " + id;
    return switch (change) {
      case "ADD" -> "created " + thing + summary(node.path("fields"));
      case "DEL" -> "deleted " + thing;
      default -> {
        List<String> parts = new ArrayList<>();
        JsonNode after = node.path("fields");
        node.path("before")
            .properties()
            .forEach(
                e ->
                    parts.add(
                        words(e.getKey())
                            + ": "
                            + show(e.getValue())
                            + " → "
                            + show(after.path(e.getKey()))));
        parts.remove("version"); // the optimistic-lock counter says nothing to people
        parts.removeIf(p -> p.startsWith("version:"));
        yield "changed " + thing + (parts.isEmpty() ? "" : ": " + String.join("; ", parts));
      }
    };
  }

  private static String summary(JsonNode fields) {
    for (String key : List.of("statement", "title", "rating", "username", "watchFor", "text")) {
      JsonNode v = fields.path(key);
      if (v.isString()) {
        return ": " + show(v);
      }
    }
    return "";
  }

  private static String show(JsonNode v) {
    if (v == null || v.isNull() || v.isMissingNode()) {
      return "none";
    }
    String s = v.isString() ? v.asString() : v.toString();
    return s.length() > SHOWN ? s.substring(0, SHOWN) + "…" : s;
  }

  /** "currentRating" → "current rating". */
  static String words(String name) {
    return name.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
  }
}
