package org.claimdesk.api;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Answers addresses under {@code /api} that no endpoint has with a problem document, instead of
 * letting them fall through to the web pages.
 */
@RestController
@Hidden
class UnknownPathController {

  @RequestMapping("/api/v1/**")
  void unknown() {
    throw new ApiNotFoundException(
        "There is no such address in the API. See /api/v1/openapi.json for the endpoints.");
  }
}
