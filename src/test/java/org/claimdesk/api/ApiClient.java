package org.claimdesk.api;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A plain HTTP client of the API, as a script would use it: JSON in, JSON out. */
final class ApiClient {

  static final JsonMapper JSON = JsonMapper.builder().build();
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private final String base;
  private final @Nullable String authorization;

  private ApiClient(String base, @Nullable String authorization) {
    this.base = base;
    this.authorization = authorization;
  }

  static ApiClient anonymous(int port) {
    return new ApiClient("http://localhost:" + port, null);
  }

  static ApiClient withToken(int port, String token) {
    return new ApiClient("http://localhost:" + port, "Bearer " + token);
  }

  static ApiClient withPassword(int port, String username, String password) {
    String basic =
        Base64.getEncoder()
            .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    return new ApiClient("http://localhost:" + port, "Basic " + basic);
  }

  /** The answer: status, headers and the body parsed as JSON (null when empty or not JSON). */
  record Answer(int status, HttpResponse<String> raw, @Nullable JsonNode json) {

    String contentType() {
      return raw.headers().firstValue("Content-Type").orElse("");
    }

    String detail() {
      return json == null || json.get("detail") == null ? "" : json.get("detail").asString();
    }

    JsonNode get(String field) {
      return json.get(field);
    }

    long id() {
      return json.get("id").asLong();
    }

    long version() {
      return json.get("version").asLong();
    }

    @Override
    public String toString() {
      return status + " " + raw.body();
    }
  }

  Answer get(String path) {
    return send("GET", path, null, "application/json");
  }

  Answer delete(String path) {
    return send("DELETE", path, null, "application/json");
  }

  Answer post(String path, @Nullable Object body) {
    return send("POST", path, body, "application/json");
  }

  Answer put(String path, Object body) {
    return send("PUT", path, body, "application/json");
  }

  Answer patch(String path, Object body) {
    return send("PATCH", path, body, "application/json");
  }

  /** Sends a body as it is, e.g. broken JSON; {@code body} may be a String or an object. */
  Answer send(String method, String path, @Nullable Object body, String contentType) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      String text = body instanceof String s ? s : JSON.writeValueAsString(body);
      request.header("Content-Type", contentType);
      request.method(method, HttpRequest.BodyPublishers.ofString(text));
    }
    try {
      HttpResponse<String> response =
          HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
      JsonNode json = null;
      String type = response.headers().firstValue("Content-Type").orElse("");
      boolean isJson = type.contains("application/json") || type.contains("+json");
      if (isJson && !response.body().isBlank()) {
        json = JSON.readTree(response.body());
      }
      return new Answer(response.statusCode(), response, json);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
