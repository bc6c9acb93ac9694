package io.cloudstore.adapter.in.http.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Objects;
import java.util.UUID;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers the errors Jetty produces before a request reaches Javalin (an undecodable path, a request line or
 * headers too long...) as problem details with the usual security headers, instead of Jetty's HTML page.
 */
public final class ServerErrorHandler extends ErrorHandler {
  private static final Logger LOG = LoggerFactory.getLogger(ServerErrorHandler.class);

  private final ObjectMapper mapper;
  private final long maxBodyBytes;

  public ServerErrorHandler(ObjectMapper mapper, long maxBodyBytes) {
    this.mapper = Objects.requireNonNull(mapper, "mapper");
    this.maxBodyBytes = maxBodyBytes;
  }

  @Override
  protected void generateResponse(
      Request request, Response response, int code, String message, Throwable cause, Callback callback)
      throws IOException {
    Problem problem = problemFor(code, cause);
    HttpFields.Mutable headers = response.getHeaders();
    writeHeaders(problem, headers);
    response.write(true, ByteBuffer.wrap(mapper.writeValueAsBytes(problem.body())), callback);
  }

  private Problem problemFor(int status, Throwable cause) {
    switch (status) {
      case 400:
        return Problems.malformed("The request line, its path or its headers could not be read.");
      case 404:
        return Problems.noSuchResource();
      case 413:
        return Problems.tooLarge(maxBodyBytes);
      case 500:
        String correlationId = UUID.randomUUID().toString();
        LOG.error("Unexpected server error, correlationId={}", correlationId, cause);
        return Problems.unexpected(correlationId);
      default:
        return Problems.status(status);
    }
  }

  private static void writeHeaders(Problem problem, HttpFields.Mutable headers) {
    SecurityHeaders.HEADERS.forEach(headers::put);
    problem.headers().forEach(headers::put);
    headers.put("Content-Type", Problem.CONTENT_TYPE);
  }
}
