package org.claimdesk.cli;

import java.nio.file.Path;
import java.util.Map;
import org.claimdesk.operations.DataFolder;
import org.jspecify.annotations.Nullable;

/** Which desk a maintenance command works on, read from the same variables as the web app. */
record DeskLocation(Map<String, String> environment, @Nullable String dataDirOption) {

  boolean onPostgres() {
    String url = environment.get("CLAIMDESK_DB_URL");
    String profiles = environment.getOrDefault("SPRING_PROFILES_ACTIVE", "");
    return (url != null && !url.isBlank()) || profiles.contains("postgres");
  }

  String postgresUrl() {
    String url = environment.get("CLAIMDESK_DB_URL");
    if (url == null || url.isBlank()) {
      throw new IllegalStateException(
          "CLAIMDESK_DB_URL is not set: set it (and CLAIMDESK_DB_USER, CLAIMDESK_DB_PASSWORD) as"
              + " for the web app.");
    }
    return url;
  }

  String postgresUser() {
    return environment.getOrDefault("CLAIMDESK_DB_USER", "");
  }

  @Nullable String postgresPassword() {
    return environment.get("CLAIMDESK_DB_PASSWORD");
  }

  DataFolder dataFolder() {
    String dir =
        dataDirOption != null
            ? dataDirOption
            : environment.getOrDefault("CLAIMDESK_DATA_DIR", "./data");
    return new DataFolder(Path.of(dir));
  }
}
