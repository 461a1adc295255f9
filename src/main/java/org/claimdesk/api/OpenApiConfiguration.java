package org.claimdesk.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description at {@code /api/v1/openapi.json}: every operation with its Bearer token,
 * its request and response bodies and the problem documents it may answer.
 */
@Configuration
class OpenApiConfiguration {

  @Bean
  OpenAPI claimDeskOpenApi() {
    return new OpenAPI()
        .info(
            new Info()
                .title("ClaimDesk API")
                .version("v1")
                .description(
                    "Everything the desk does, for scripts and other newsroom systems. Send"
                        + " 'Authorization: Bearer <token>'; get a token on the API tokens page"
                        + " or with POST /api/v1/tokens and HTTP Basic. Every rule of the pages"
                        + " holds here too. Errors are problem documents (RFC 9457). JSON is"
                        + " camelCase; dates are ISO 8601. A change sends the 'version' it read"
                        + " as 'expectedVersion' and gets 409 if somebody changed it since."))
        .components(
            new Components()
                .addSecuritySchemes(
                    "bearer",
                    new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .bearerFormat("cdk_ token"))
                .addSecuritySchemes(
                    "basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
                .addSchemas("Problem", problemSchema()))
        .addSecurityItem(new SecurityRequirement().addList("bearer"));
  }

  @Bean
  OpenApiCustomizer problemResponses() {
    return openApi -> {
      if (openApi.getPaths() == null) {
        return;
      }
      openApi
          .getPaths()
          .forEach(
              (path, item) ->
                  item.readOperationsMap()
                      .forEach((method, operation) -> addProblems(method, operation)));
    };
  }

  private static void addProblems(PathItem.HttpMethod method, Operation operation) {
    boolean hasBody = operation.getRequestBody() != null;
    Map<String, String> problems = new LinkedHashMap<>();
    problems.put("400", "Invalid input; the detail names the field, e.g. \"Enter the summary.\"");
    problems.put(
        "401",
        "No token, or a token that is mistyped, expired, revoked or whose owner is deactivated.");
    problems.put(
        "403",
        "A rule of the desk, e.g. \"Claim #42 is not assigned to you: ask an editor to assign"
            + " it.\"");
    problems.put("404", "No such claim, document, verdict, follow-up, source or user.");
    if (method != PathItem.HttpMethod.GET) {
      problems.put(
          "409",
          "Somebody else changed it since you read it (stale expectedVersion), or a duplicate.");
    }
    if (hasBody) {
      problems.put("413", "The request body is over the limit (8 MB).");
      problems.put("415", "The body is not sent as application/json.");
    }
    problems.put("429", "More than the token's requests a minute; see Retry-After.");
    problems.put(
        "503",
        "The desk is busy: the request waited too long for its turn among the requests worked on"
            + " at once; see Retry-After.");
    problems.forEach(
        (code, description) -> {
          if (operation.getResponses() != null && !operation.getResponses().containsKey(code)) {
            operation.getResponses().addApiResponse(code, problem(code, description));
          }
        });
  }

  private static ApiResponse problem(String code, String description) {
    Map<String, Object> example = new LinkedHashMap<>();
    example.put("type", "about:blank");
    example.put("title", titleOf(code));
    example.put("status", Integer.parseInt(code));
    example.put("detail", description);
    return new ApiResponse()
        .description(description)
        .content(
            new Content()
                .addMediaType(
                    "application/problem+json",
                    new MediaType()
                        .schema(new Schema<>().$ref("#/components/schemas/Problem"))
                        .example(example)));
  }

  private static String titleOf(String code) {
    return switch (code) {
      case "400" -> "Bad Request";
      case "401" -> "Unauthorized";
      case "403" -> "Forbidden";
      case "404" -> "Not Found";
      case "409" -> "Conflict";
      case "413" -> "Content Too Large";
      case "415" -> "Unsupported Media Type";
      case "429" -> "Too Many Requests";
      case "503" -> "Service Unavailable";
      default -> "Error";
    };
  }

  @SuppressWarnings("rawtypes")
  private static Schema problemSchema() {
    return new ObjectSchema()
        .description("A problem document (RFC 9457)")
        .addProperty("type", new StringSchema().example("about:blank"))
        .addProperty("title", new StringSchema().example("Conflict"))
        .addProperty("status", new IntegerSchema().example(409))
        .addProperty(
            "detail",
            new StringSchema()
                .example(
                    "Somebody else has changed this claim. Reload to see their change; your text"
                        + " is kept below."))
        .addProperty("instance", new StringSchema().example("/api/v1/claims/42/status"))
        .addProperty(
            "existingId",
            new IntegerSchema()
                .description("For a duplicate document: the id of the first copy")
                .example(17));
  }
}
