package io.cloudstore.adapter.in.http.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudstore.application.port.in.user.InvalidCredentialsException;
import io.cloudstore.application.port.in.user.InvalidTokenException;
import io.cloudstore.application.port.out.persistence.ConcurrentUpdateException;
import io.cloudstore.application.port.out.persistence.StorageUnavailableException;
import io.cloudstore.domain.ConflictException;
import io.cloudstore.domain.DomainException;
import io.cloudstore.domain.NotFoundException;
import io.cloudstore.domain.ValidationException;
import io.cloudstore.domain.page.InvalidCursorException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The central mapping from exceptions to problem responses, registered once on the Javalin config; handlers
 * contain no try/catch. Anything not mapped here is a 500 with a generic text and a correlation id that is
 * also in the error log line, next to the stack trace.
 */
public final class ErrorMapping {
  private static final Logger LOG = LoggerFactory.getLogger(ErrorMapping.class);

  private final ObjectMapper mapper;
  private final long maxBodyBytes;

  public ErrorMapping(ObjectMapper mapper, long maxBodyBytes) {
    this.mapper = Objects.requireNonNull(mapper, "mapper");
    this.maxBodyBytes = maxBodyBytes;
  }

  public void register(RoutesConfig routes) {
    routes.exception(RequestRejectedException.class, (e, ctx) -> write(ctx, e.problem()));
    routes.exception(ValidationException.class, (e, ctx) -> write(ctx, Problems.validation(e.errors())));
    routes.exception(InvalidCursorException.class, (e, ctx) -> write(ctx, Problems.invalidCursor()));
    routes.exception(InvalidTokenException.class, (e, ctx) -> write(ctx, Problems.invalidToken()));
    routes.exception(InvalidCredentialsException.class, (e, ctx) -> write(ctx, Problems.invalidCredentials()));
    routes.exception(NotFoundException.class, (e, ctx) -> write(ctx, Problems.notFound(e.getMessage())));
    routes.exception(ConflictException.class, (e, ctx) -> write(ctx, Problems.conflict(e)));
    routes.exception(DomainException.class, (e, ctx) -> write(ctx, Problems.ruleBroken(e.getMessage())));
    routes.exception(ConcurrentUpdateException.class, (e, ctx) -> write(ctx, Problems.concurrentUpdate()));
    routes.exception(StorageUnavailableException.class, this::storageUnavailable);
    routes.exception(HttpResponseException.class, this::javalinResponse);
    routes.exception(Exception.class, this::unexpected);
  }

  /** For errors (such as {@link StackOverflowError}) that Javalin hands over without a context. */
  public void handleError(HttpServletResponse res, Error error) {
    String correlationId = UUID.randomUUID().toString();
    LOG.error("Unexpected error, correlationId={}", correlationId, error);
    if (res.isCommitted()) {
      return;
    }
    Problem problem = Problems.unexpected(correlationId);
    try {
      res.resetBuffer();
      res.setStatus(problem.status());
      res.setContentType(Problem.CONTENT_TYPE);
      res.getOutputStream().write(mapper.writeValueAsBytes(problem.body()));
    } catch (IOException | IllegalStateException writeFailed) {
      LOG.warn("Could not write the error response, correlationId={}", correlationId, writeFailed);
    }
  }

  private void storageUnavailable(StorageUnavailableException e, Context ctx) {
    LOG.warn("Storage unavailable: {} {}", ctx.method().name(), ctx.path(), e);
    write(ctx, Problems.storageUnavailable());
  }

  private void javalinResponse(HttpResponseException e, Context ctx) {
    switch (e.getStatus()) {
      case 400:
        write(ctx, Problems.malformed("The request could not be read."));
        break;
      case 404:
        write(ctx, Problems.noSuchResource());
        break;
      case 405:
        write(ctx, Problems.methodNotAllowed(allowedMethods(e)));
        break;
      case 413:
        write(ctx, Problems.tooLarge(maxBodyBytes));
        break;
      default:
        write(ctx, Problems.status(e.getStatus()));
    }
  }

  private static String allowedMethods(HttpResponseException e) {
    String available = e.getDetails().get("availableMethods");
    return available != null ? available : e.getDetails().getOrDefault("Available methods", "");
  }

  private void unexpected(Exception e, Context ctx) {
    String correlationId = UUID.randomUUID().toString();
    LOG.error("Unexpected error, correlationId={} {} {}", correlationId, ctx.method().name(), ctx.path(), e);
    write(ctx, Problems.unexpected(correlationId));
  }

  /** Writes a problem as the response: status, its headers and the JSON body. */
  void write(Context ctx, Problem problem) {
    ctx.status(problem.status());
    problem.headers().forEach(ctx::header);
    ctx.contentType(Problem.CONTENT_TYPE);
    ctx.result(toJson(problem));
  }

  private byte[] toJson(Problem problem) {
    try {
      return mapper.writeValueAsBytes(problem.body());
    } catch (JsonProcessingException e) {
      LOG.error("Could not serialise a problem of status {}", problem.status(), e);
      return ("{\"title\":\"Something went wrong\",\"status\":" + problem.status() + "}")
          .getBytes(StandardCharsets.UTF_8);
    }
  }
}
