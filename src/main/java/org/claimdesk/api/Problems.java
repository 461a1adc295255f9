package org.claimdesk.api;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/** Problem documents (RFC 9457), also for answers given before a controller is reached. */
final class Problems {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private Problems() {}

  static ProblemDetail of(HttpStatus status, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(URI.create("about:blank"));
    problem.setTitle(status.getReasonPhrase());
    return problem;
  }

  /** Writes a problem document straight to the response, e.g. from a security filter. */
  static void write(HttpServletResponse response, HttpStatus status, String detail)
      throws IOException {
    if (response.isCommitted()) {
      return;
    }
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    Map<String, Object> body =
        Map.of(
            "type",
            "about:blank",
            "title",
            status.getReasonPhrase(),
            "status",
            status.value(),
            "detail",
            detail);
    response.getWriter().write(JSON.writeValueAsString(body));
    response.getWriter().flush();
  }
}
