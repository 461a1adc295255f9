package org.claimdesk.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.Map;
import org.claimdesk.shared.StartupProblem;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Chooses the search backend from {@code claimdesk.search.backend} (Spring Boot has no
 * auto-configuration for Hibernate Search): {@code lucene}, the default, keeps the index in the
 * data folder; {@code elasticsearch} (also for OpenSearch) uses the cluster at {@code
 * claimdesk.search.elasticsearch.uris} and coordinates several nodes through the outbox tables in
 * the database. Settings given as {@code spring.jpa.properties.hibernate.search.*} win.
 */
@Component
class SearchBackendSettings implements HibernatePropertiesCustomizer {

  private static final String PREFIX = "hibernate.search.";

  private final Environment environment;

  SearchBackendSettings(Environment environment) {
    this.environment = environment;
  }

  /** The configured backend's name in lower case: lucene (the default) or elasticsearch. */
  static String backend(Environment environment) {
    return environment
        .getProperty("claimdesk.search.backend", "lucene")
        .strip()
        .toLowerCase(Locale.ROOT);
  }

  /** Whether the index is the Lucene one in the data folder (one node). */
  static boolean lucene(Environment environment) {
    return backend(environment).equals("lucene");
  }

  @Override
  public void customize(Map<String, Object> properties) {
    String backend = backend(environment);
    String coordination =
        environment
            .getProperty("claimdesk.search.coordination", "")
            .strip()
            .toLowerCase(Locale.ROOT);
    if (!coordination.isEmpty()) {
      if (!coordination.equals("none") && !coordination.equals("outbox-polling")) {
        throw new StartupProblem(
            "claimdesk.search.coordination is '"
                + coordination
                + "': set it to none (one node) or outbox-polling (several nodes).");
      }
      properties.putIfAbsent(PREFIX + "coordination.strategy", coordination);
    }
    switch (backend) {
      case "lucene" -> lucene(properties);
      case "elasticsearch", "opensearch" -> elasticsearch(properties);
      default ->
          throw new StartupProblem(
              "claimdesk.search.backend is '"
                  + backend
                  + "': set it to lucene (the index in the data folder) or elasticsearch (a"
                  + " cluster, for several nodes).");
    }
  }

  private void lucene(Map<String, Object> properties) {
    String dataDir = environment.getProperty("claimdesk.data-dir", "./data");
    properties.putIfAbsent(PREFIX + "backend.type", "lucene");
    properties.putIfAbsent(PREFIX + "coordination.strategy", "none");
    if (!properties.containsKey(PREFIX + "backend.directory.type")) {
      Path index = Path.of(dataDir, "index").toAbsolutePath();
      ownerOnly(index);
      properties.putIfAbsent(PREFIX + "backend.directory.root", index.toString());
    }
    properties.putIfAbsent(
        PREFIX + "backend.analysis.configurer", "class:" + EnglishAnalysis.class.getName());
    properties.putIfAbsent(PREFIX + "backend.lucene_version", "LATEST");
  }

  /**
   * The index holds the documents' text: its folder is created readable by the desk's own account
   * only, like the rest of the data folder, so that nothing in it can be read by anybody else.
   */
  private static void ownerOnly(Path index) {
    try {
      // The data folder itself is made (owner-only) with the database, before the index.
      if (!Files.exists(index)
          && Files.isDirectory(index.getParent())
          && index.getFileSystem().supportedFileAttributeViews().contains("posix")) {
        Files.createDirectory(
            index,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
      }
    } catch (IOException e) {
      throw new IllegalStateException(
          "The search index folder " + index + " cannot be created: " + e.getMessage(), e);
    }
  }

  private void elasticsearch(Map<String, Object> properties) {
    String uris = environment.getProperty("claimdesk.search.elasticsearch.uris", "").strip();
    if (uris.isEmpty()) {
      throw new StartupProblem(
          "claimdesk.search.backend is elasticsearch but claimdesk.search.elasticsearch.uris is"
              + " empty: give the cluster's address, e.g. CLAIMDESK_SEARCH_ELASTICSEARCH_URIS="
              + "https://search.example.org:9200");
    }
    // Lucene settings (e.g. the tests' in-memory directory) mean nothing to a cluster.
    properties.keySet().removeIf(key -> key.startsWith(PREFIX + "backend.directory."));
    properties.putIfAbsent(PREFIX + "backend.type", "elasticsearch");
    properties.putIfAbsent(PREFIX + "backend.uris", uris);
    String user = environment.getProperty("claimdesk.search.elasticsearch.username", "");
    if (!user.isBlank()) {
      properties.putIfAbsent(PREFIX + "backend.username", user);
      properties.putIfAbsent(
          PREFIX + "backend.password",
          environment.getProperty("claimdesk.search.elasticsearch.password", ""));
    }
    properties.putIfAbsent(
        PREFIX + "backend.analysis.configurer",
        "class:" + ElasticsearchEnglishAnalysis.class.getName());
    // Every node writes its changes to the outbox table in the same transaction; the nodes share
    // the work of sending them to the cluster (V0060__search_outbox.sql).
    properties.putIfAbsent(PREFIX + "coordination.strategy", "outbox-polling");
  }
}
