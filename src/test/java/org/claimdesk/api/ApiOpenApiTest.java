package org.claimdesk.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

/** The OpenAPI description covers every endpoint, and a browser can read it at /api/docs. */
@ApiTest
class ApiOpenApiTest {

  @LocalServerPort int port;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  @Test
  void every_controller_method_of_the_api_is_in_the_description_with_its_problems() {
    var answer = ApiClient.anonymous(port).get("/api/v1/openapi.json");
    assertThat(answer.status()).isEqualTo(200);
    JsonNode paths = answer.get("paths");
    List<String> endpoints = new ArrayList<>();
    mappings
        .getHandlerMethods()
        .forEach(
            (info, method) -> {
              Class<?> type = method.getBeanType();
              if (!type.getPackageName().equals("org.claimdesk.api")
                  || !type.isAnnotationPresent(RestController.class)
                  || type == UnknownPathController.class) {
                return;
              }
              for (String path : info.getPatternValues()) {
                for (var verb : info.getMethodsCondition().getMethods()) {
                  endpoints.add(verb.name() + " " + path);
                  JsonNode operation = paths.path(path).path(verb.name().toLowerCase(Locale.ROOT));
                  assertThat(operation.isMissingNode())
                      .as(verb + " " + path + " (" + method + ") is described")
                      .isFalse();
                  assertThat(operation.path("summary").asString())
                      .as(verb + " " + path)
                      .isNotBlank();
                  assertThat(operation.path("responses").has("401")).isTrue();
                  assertThat(
                          operation
                              .path("responses")
                              .path("400")
                              .path("content")
                              .has("application/problem+json"))
                      .isTrue();
                }
              }
            });
    assertThat(endpoints)
        .contains(
            "GET /api/v1/me",
            "POST /api/v1/tokens",
            "GET /api/v1/users",
            "POST /api/v1/users",
            "PATCH /api/v1/users/{username}",
            "POST /api/v1/documents",
            "GET /api/v1/documents",
            "GET /api/v1/documents/{id}",
            "POST /api/v1/extract",
            "POST /api/v1/match",
            "GET /api/v1/claims/{id}/matches",
            "GET /api/v1/claims",
            "GET /api/v1/claims/{id}",
            "PATCH /api/v1/claims/{id}",
            "POST /api/v1/claims/{id}/status",
            "POST /api/v1/claims/{id}/merge",
            "POST /api/v1/claims/{id}/split",
            "PUT /api/v1/claims/{id}/assignment",
            "DELETE /api/v1/claims/{id}/assignment",
            "GET /api/v1/sources",
            "POST /api/v1/sources",
            "POST /api/v1/claims/{id}/evidence",
            "POST /api/v1/claims/{id}/verdicts",
            "POST /api/v1/verdicts/{id}/approve",
            "POST /api/v1/verdicts/{id}/return",
            "POST /api/v1/verdicts/{id}/publish",
            "POST /api/v1/verdicts/{id}/correct",
            "POST /api/v1/verdicts/{id}/retract",
            "GET /api/v1/follow-ups",
            "POST /api/v1/claims/{id}/follow-ups",
            "POST /api/v1/follow-ups/{id}/close",
            "POST /api/v1/assignments",
            "GET /api/v1/workload",
            "GET /api/v1/me/notifications",
            "PATCH /api/v1/me");
    assertThat(answer.get("components").get("securitySchemes").has("bearer")).isTrue();
    assertThat(answer.get("components").get("schemas").get("ClaimEdit").toString())
        .contains("expectedVersion")
        .contains("example");
  }

  @Test
  void the_browsable_description_opens_without_a_token() throws Exception {
    HttpClient browser =
        HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
    HttpResponse<String> page =
        browser.send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/docs")).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(page.statusCode()).as(page.uri() + " " + page.body()).isEqualTo(200);
    assertThat(page.body()).containsIgnoringCase("swagger-ui");
    HttpResponse<String> config =
        browser.send(
            HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/api/v1/openapi.json/swagger-config"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(config.statusCode()).isEqualTo(200);
    assertThat(config.body()).contains("/api/v1/openapi.json");
  }
}
