package org.claimdesk.publishing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Checks JSON-LD against the hand-written part of the schema.org vocabulary in
 * src/test/resources/schemaorg: every type exists, every property exists and is used on a type
 * within its domain, and a nested object's type is within the property's range.
 */
public final class SchemaOrgVocabulary {

  private record Property(Set<String> domains, Set<String> ranges) {}

  private final Map<String, String> supertype = new HashMap<>();
  private final Map<String, Property> properties = new HashMap<>();

  public SchemaOrgVocabulary() {
    try (var in =
        new BufferedReader(
            new InputStreamReader(
                getClass().getResourceAsStream("/schemaorg/claimreview-vocabulary.tsv"),
                StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        if (f[0].equals("type")) {
          supertype.put(f[1], f[2]);
        } else {
          properties.put(f[1], new Property(Set.of(f[2].split(",")), Set.of(f[3].split(","))));
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  boolean isA(String type, String ancestor) {
    for (String t = type; t != null && !t.equals("-"); t = supertype.get(t)) {
      if (t.equals(ancestor)) {
        return true;
      }
    }
    return false;
  }

  /** Every problem found in {@code node}, as "path: what is wrong"; empty when it conforms. */
  public List<String> problems(JsonNode node) {
    List<String> problems = new ArrayList<>();
    check(node, "$", null, problems);
    return problems;
  }

  private void check(JsonNode node, String path, Set<String> range, List<String> problems) {
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        check(node.get(i), path + "[" + i + "]", range, problems);
      }
      return;
    }
    if (!node.isObject()) {
      return;
    }
    JsonNode typeNode = node.get("@type");
    if (typeNode == null) {
      problems.add(path + ": an object without @type");
      return;
    }
    String type = typeNode.asString();
    if (!supertype.containsKey(type)) {
      problems.add(path + ": " + type + " is not a schema.org type (of those listed)");
      return;
    }
    if (range != null && range.stream().noneMatch(r -> isA(type, r))) {
      problems.add(path + ": a " + type + " where the property expects " + range);
    }
    Iterator<Map.Entry<String, JsonNode>> fields = node.properties().iterator();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      String name = field.getKey();
      if (name.startsWith("@")) {
        continue;
      }
      Property property = properties.get(name);
      if (property == null) {
        problems.add(path + "." + name + ": not a schema.org property (of those listed)");
        continue;
      }
      if (property.domains().stream().noneMatch(d -> isA(type, d))) {
        problems.add(path + "." + name + ": not a property of " + type);
      }
      check(field.getValue(), path + "." + name, property.ranges(), problems);
    }
  }
}
