package io.cloudstore.adapter.in.http.support;

import io.javalin.http.Context;
import io.javalin.http.RequestLogger;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * One line per request on the logger {@code io.cloudstore.access}: method, path (never the query string,
 * which may hold search text), status, duration, user id when known and request id. Headers and bodies,
 * and so tokens and passwords, are never logged. Successful health probes and metrics scrapes, which come
 * every few seconds, are logged at DEBUG; their failures at INFO like every other request. It runs last,
 * so it also clears the request's MDC.
 */
public final class AccessLog implements RequestLogger {
  public static final String LOGGER_NAME = "io.cloudstore.access";
  private static final Logger LOG = LoggerFactory.getLogger(LOGGER_NAME);
  private static final int MAX_PATH_LENGTH = 256;
  private static final Set<String> PROBES = Set.of("/health", "/health/live", "/health/ready", "/metrics");
  private static final String FORMAT = "method={} path={} status={} durationMs={} userId={} requestId={}";

  @Override
  public void handle(Context ctx, Float executionTimeMs) {
    try {
      boolean quiet = ctx.statusCode() < 400 && PROBES.contains(ctx.path());
      if (quiet ? LOG.isDebugEnabled() : LOG.isInfoEnabled()) {
        Object[] fields = {
          ctx.method().name(),
          shortened(ctx.path()),
          ctx.statusCode(),
          tenths(executionTimeMs),
          Authentication.userIdOrDash(ctx),
          RequestIds.of(ctx)
        };
        if (quiet) {
          LOG.debug(FORMAT, fields);
        } else {
          LOG.info(FORMAT, fields);
        }
      }
    } finally {
      MDC.clear();
    }
  }

  /** {@code 12.3}: one decimal, without {@code String.format}, whose parsing costs more than the rest. */
  static String tenths(float millis) {
    long tenths = Math.round(millis * 10.0);
    return (tenths / 10) + "." + (tenths % 10);
  }

  private static String shortened(String path) {
    return path.length() <= MAX_PATH_LENGTH ? path : path.substring(0, MAX_PATH_LENGTH) + "...";
  }
}
