package io.cloudstore.adapter.in.http.support;

import io.javalin.http.Context;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.MDC;

/**
 * Gives every request an id: the caller's {@code X-Request-Id} if it is sane (at most 64 letters, digits,
 * '.', '_' or '-'), otherwise a new one. The id is echoed in the response and put in the SLF4J MDC for
 * every log line written while the request is handled.
 */
public final class RequestIds {
  public static final String HEADER = "X-Request-Id";
  public static final String MDC_KEY = "requestId";
  private static final String ATTRIBUTE = "io.cloudstore.requestId";
  private static final Pattern SANE_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

  private RequestIds() {}

  /** A before handler; it runs first, so it also clears what an earlier request left in the MDC. */
  public static void assign(Context ctx) {
    MDC.clear();
    String offered = ctx.header(HEADER);
    String id = offered != null && SANE_ID.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
    ctx.attribute(ATTRIBUTE, id);
    ctx.header(HEADER, id);
    MDC.put(MDC_KEY, id);
  }

  static String of(Context ctx) {
    String id = ctx.attribute(ATTRIBUTE);
    return id == null ? "-" : id;
  }
}
