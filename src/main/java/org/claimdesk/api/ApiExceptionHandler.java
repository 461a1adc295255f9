package org.claimdesk.api;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.claimdesk.documents.DuplicateDocumentException;
import org.claimdesk.shared.ConflictException;
import org.claimdesk.shared.RuleRefusedException;
import org.claimdesk.shared.UserFacingException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Turns every failure of an API request into a problem document with a sentence a person can act
 * on: the services' own messages for their rules, the field's name for bad input, never a stack
 * trace; unexpected failures are logged and answered with a generic 500.
 */
@RestControllerAdvice(basePackageClasses = ApiExceptionHandler.class)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

  @ExceptionHandler(ApiNotFoundException.class)
  ResponseEntity<ProblemDetail> notFound(ApiNotFoundException e) {
    return answer(Problems.of(HttpStatus.NOT_FOUND, e.getMessage()));
  }

  @ExceptionHandler(DuplicateDocumentException.class)
  ResponseEntity<ProblemDetail> duplicate(DuplicateDocumentException e) {
    ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, e.getMessage());
    problem.setProperty("existingId", e.existingId());
    return answer(problem);
  }

  @ExceptionHandler(ConflictException.class)
  ResponseEntity<ProblemDetail> conflict(ConflictException e) {
    return answer(Problems.of(HttpStatus.CONFLICT, e.getMessage()));
  }

  @ExceptionHandler(OptimisticLockingFailureException.class)
  ResponseEntity<ProblemDetail> staleVersion(OptimisticLockingFailureException e) {
    return answer(
        Problems.of(
            HttpStatus.CONFLICT,
            "Somebody else has changed this item since you read it. Read it again and send the"
                + " new version."));
  }

  @ExceptionHandler(DataIntegrityViolationException.class)
  ResponseEntity<ProblemDetail> integrity(DataIntegrityViolationException e) {
    log.info(
        "API request refused by a database constraint: {}", e.getMostSpecificCause().toString());
    return answer(
        Problems.of(
            HttpStatus.CONFLICT,
            "This conflicts with what is already stored (e.g. the same thing saved twice at"
                + " once). Read it again and retry."));
  }

  @ExceptionHandler(RuleRefusedException.class)
  ResponseEntity<ProblemDetail> ruleRefused(RuleRefusedException e) {
    return answer(Problems.of(HttpStatus.FORBIDDEN, e.getMessage()));
  }

  @ExceptionHandler(UserFacingException.class)
  ResponseEntity<ProblemDetail> refused(UserFacingException e) {
    String message = e.getMessage();
    // The services say "That claim no longer exists." (and the like) for an id they cannot find.
    HttpStatus status =
        message != null && message.endsWith("no longer exists.")
            ? HttpStatus.NOT_FOUND
            : HttpStatus.BAD_REQUEST;
    return answer(Problems.of(status, message == null ? "The request was refused." : message));
  }

  @ExceptionHandler(AccessDeniedException.class)
  ResponseEntity<ProblemDetail> denied(AccessDeniedException e) {
    String message = e.getMessage();
    boolean generic = message == null || message.isBlank() || message.equals("Access Denied");
    return answer(
        Problems.of(
            HttpStatus.FORBIDDEN,
            generic ? "Your role does not allow this. Ask an editor or an admin." : message));
  }

  @ExceptionHandler(AuthenticationException.class)
  ResponseEntity<ProblemDetail> unauthenticated(AuthenticationException e) {
    return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
        .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"ClaimDesk\"")
        .body(Problems.of(HttpStatus.UNAUTHORIZED, e.getMessage()));
  }

  @ExceptionHandler(IllegalArgumentException.class)
  ResponseEntity<ProblemDetail> illegalArgument(IllegalArgumentException e) {
    log.info("API request refused as invalid: {}", e.toString());
    return answer(
        Problems.of(
            HttpStatus.BAD_REQUEST, "The request is not valid: check its fields and values."));
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> unexpected(Exception e) {
    log.error("Unexpected failure of an API request", e);
    return answer(
        Problems.of(
            HttpStatus.INTERNAL_SERVER_ERROR,
            "Something went wrong and nothing was changed. Try again; if it keeps happening, tell"
                + " an admin the time it happened."));
  }

  @Override
  protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof RequestBodyLimit.TooLargeException tooLarge) {
        return raw(
            Problems.of(HttpStatus.CONTENT_TOO_LARGE, RequestBodyLimit.message(maxBody(tooLarge))));
      }
    }
    return raw(Problems.of(HttpStatus.BAD_REQUEST, describe(e)));
  }

  @Override
  protected @Nullable ResponseEntity<Object> handleMissingServletRequestParameter(
      MissingServletRequestParameterException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    return raw(
        Problems.of(
            HttpStatus.BAD_REQUEST,
            "The query parameter '" + e.getParameterName() + "' is missing."));
  }

  @Override
  protected @Nullable ResponseEntity<Object> handleTypeMismatch(
      org.springframework.beans.TypeMismatchException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    String name =
        e instanceof MethodArgumentTypeMismatchException m ? m.getName() : e.getPropertyName();
    return raw(
        Problems.of(
            HttpStatus.BAD_REQUEST,
            "The parameter '"
                + name
                + "' has the value '"
                + abbreviate(String.valueOf(e.getValue()))
                + "', which is not "
                + expected(e.getRequiredType())
                + "."));
  }

  /**
   * A request that Spring's validation refused. The queue's filter records are read by {@link
   * RecordParameters}, which reports a value that does not convert as a type mismatch instead.
   */
  @Override
  protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(
      org.springframework.web.bind.MethodArgumentNotValidException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    var field = e.getBindingResult().getFieldError();
    return raw(
        Problems.of(
            HttpStatus.BAD_REQUEST,
            field == null
                ? "The request's parameters are not valid."
                : "The parameter '" + field.getField() + "' is not valid."));
  }

  @Override
  protected @Nullable ResponseEntity<Object> handleHttpMediaTypeNotSupported(
      HttpMediaTypeNotSupportedException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    return raw(
        Problems.of(
            HttpStatus.UNSUPPORTED_MEDIA_TYPE,
            "Send the body as JSON with 'Content-Type: application/json'"
                + (e.getContentType() == null ? "." : ", not " + e.getContentType() + ".")));
  }

  @Override
  protected @Nullable ResponseEntity<Object> handleHttpMediaTypeNotAcceptable(
      HttpMediaTypeNotAcceptableException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    return raw(
        Problems.of(
            HttpStatus.NOT_ACCEPTABLE, "The API answers in JSON: accept application/json."));
  }

  @Override
  protected @Nullable ResponseEntity<Object> handleHttpRequestMethodNotSupported(
      HttpRequestMethodNotSupportedException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    String allowed =
        e.getSupportedHttpMethods() == null
            ? ""
            : " Use "
                + e.getSupportedHttpMethods().stream()
                    .map(Object::toString)
                    .collect(Collectors.joining(" or "))
                + ".";
    return raw(
        Problems.of(
            HttpStatus.METHOD_NOT_ALLOWED,
            e.getMethod() + " is not supported on this address." + allowed));
  }

  @Override
  protected @Nullable ResponseEntity<Object> handleNoResourceFoundException(
      NoResourceFoundException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    return raw(Problems.of(HttpStatus.NOT_FOUND, "There is no such address in the API."));
  }

  @Override
  protected ResponseEntity<Object> handleExceptionInternal(
      Exception e,
      @Nullable Object body,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    // Any other request error Spring recognises: keep its status, never its internals.
    if (body instanceof ProblemDetail problem) {
      HttpStatus known = HttpStatus.resolve(status.value());
      problem.setTitle(known == null ? "Error" : known.getReasonPhrase());
      return ResponseEntity.status(status).headers(headers).body(problem);
    }
    return super.handleExceptionInternal(e, body, headers, status, request);
  }

  /** What is wrong with a JSON body, naming the field. */
  static String describe(HttpMessageNotReadableException e) {
    JacksonException jackson = null;
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof JacksonException j) {
        jackson = j;
        break;
      }
    }
    if (jackson == null) {
      return "The request body is missing or is not JSON. Send a JSON object.";
    }
    String field = path(jackson);
    if (jackson instanceof InvalidFormatException invalid) {
      return "The field '"
          + field
          + "' has the value '"
          + abbreviate(String.valueOf(invalid.getValue()))
          + "', which is not "
          + expected(invalid.getTargetType())
          + ".";
    }
    if (jackson instanceof MismatchedInputException mismatched) {
      if (field.isEmpty()) {
        return "The request body must be a JSON object.";
      }
      return "The field '" + field + "' must be " + expected(mismatched.getTargetType()) + ".";
    }
    if (jackson instanceof tools.jackson.databind.DatabindException && !field.isEmpty()) {
      return "The field '" + field + "' is not valid.";
    }
    return "The request body is not valid JSON"
        + (jackson.getLocation() == null
            ? ""
            : " (line "
                + jackson.getLocation().getLineNr()
                + ", column "
                + jackson.getLocation().getColumnNr()
                + ")")
        + ". Check the quotes, commas and braces.";
  }

  private static String path(JacksonException e) {
    StringBuilder path = new StringBuilder();
    for (JacksonException.Reference ref : e.getPath()) {
      if (ref.getPropertyName() != null) {
        if (!path.isEmpty()) {
          path.append('.');
        }
        path.append(ref.getPropertyName());
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  private static String expected(@Nullable Class<?> type) {
    if (type == null) {
      return "of the right type";
    }
    if (type.isEnum()) {
      return "one of "
          + Arrays.stream(type.getEnumConstants())
              .map(Object::toString)
              .collect(Collectors.joining(", "));
    }
    return switch (type.getSimpleName()) {
      case "LocalDate" -> "a date like 2025-11-23";
      case "Instant", "OffsetDateTime" -> "a time like 2025-11-23T10:15:30Z";
      case "Long", "long", "Integer", "int", "Short", "short" -> "a whole number";
      case "Double", "double", "Float", "float" -> "a number";
      case "Boolean", "boolean" -> "true or false";
      case "String" -> "a text";
      case "List", "Set", "Collection" -> "a list";
      default -> "of the right type";
    };
  }

  private static long maxBody(RequestBodyLimit.TooLargeException e) {
    return e.limit;
  }

  private static String abbreviate(String s) {
    return s.length() > 60 ? s.substring(0, 57) + "..." : s;
  }

  private static ResponseEntity<ProblemDetail> answer(ProblemDetail problem) {
    return ResponseEntity.status(problem.getStatus()).body(problem);
  }

  private static ResponseEntity<Object> raw(ProblemDetail problem) {
    return ResponseEntity.status(problem.getStatus()).body(problem);
  }
}
