package io.cloudstore.adapter.in.http.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.javalin.config.JavalinConfig;
import io.javalin.config.Key;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes JSON answers into the response as one array of bytes. Javalin's {@code ctx.json} turns an answer
 * into a String, then into a byte array, then copies that through a buffer it allocates per answer: a
 * sixth of a checkout's garbage, and garbage is what makes the collector run.
 *
 * <p>The answer is serialised whole before anything is written, so a body that cannot be serialised
 * leaves the response untouched for the 500 problem.
 */
public final class JsonAnswers {
  /** What Javalin records for an answer the client did not stay to read (nginx's "client closed request"). */
  static final int CLIENT_CLOSED_REQUEST = 499;
  private static final Logger LOG = LoggerFactory.getLogger(JsonAnswers.class);
  private static final Key<ObjectWriter> WRITER = new Key<>(JsonAnswers.class.getName());

  private JsonAnswers() {}

  /** Makes {@code mapper} the one this server's answers are written with. */
  public static void use(JavalinConfig config, ObjectMapper mapper) {
    config.appData(WRITER, mapper.writer());
  }

  /** Answers {@code body} as JSON with the status already set; call it last in a handler. */
  public static void send(Context ctx, Object body) {
    byte[] json;
    try {
      json = ctx.appData(WRITER).writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Could not write " + body.getClass().getSimpleName() + " as JSON", e);
    }
    ctx.contentType(ContentType.APPLICATION_JSON);
    try {
      ctx.outputStream().write(json);
    } catch (IOException e) {
      ctx.status(CLIENT_CLOSED_REQUEST);
      LOG.debug("The client went away before its answer was written: {}", e.toString());
    }
  }
}
