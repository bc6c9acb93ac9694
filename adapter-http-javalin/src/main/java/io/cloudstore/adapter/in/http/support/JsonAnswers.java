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
 * Writes JSON answers straight into the response. Javalin's {@code ctx.json} turns an answer into a
 * String, then into a byte array, then copies that through a buffer it allocates per answer: a quarter of
 * a checkout's garbage, and garbage is what makes the collector pause.
 */
public final class JsonAnswers {
  private static final Logger LOG = LoggerFactory.getLogger(JsonAnswers.class);
  private static final Key<ObjectWriter> WRITER = new Key<>(JsonAnswers.class.getName());

  private JsonAnswers() {}

  /** Makes {@code mapper} the one this server's answers are written with. */
  public static void use(JavalinConfig config, ObjectMapper mapper) {
    config.appData(WRITER, mapper.writer());
  }

  /** Answers {@code body} as JSON with the status already set; call it last in a handler. */
  public static void send(Context ctx, Object body) {
    ctx.contentType(ContentType.APPLICATION_JSON);
    try {
      ctx.appData(WRITER).writeValue(ctx.outputStream(), body);
    } catch (JsonProcessingException e) {
      // A bug, not bad input: drop what was written so that the 500 problem is the whole answer.
      ctx.res().resetBuffer();
      throw new IllegalStateException("Could not write " + body.getClass().getSimpleName() + " as JSON", e);
    } catch (IOException e) {
      LOG.debug("The client went away before its answer was written: {}", e.toString());
    }
  }
}
