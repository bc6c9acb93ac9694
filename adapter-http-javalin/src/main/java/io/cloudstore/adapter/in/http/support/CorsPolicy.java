package io.cloudstore.adapter.in.http.support;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Cross-origin access for exactly the configured origins, and for nobody when none are configured (the
 * pages are served from the same origin as the API). An allowed origin is echoed back, never {@code *};
 * credentials (cookies) are not used by this API, so they are never allowed. A preflight from an allowed
 * origin is answered here with 204; anything from another origin gets no CORS headers, so browsers block it.
 */
public final class CorsPolicy {
  static final String ALLOWED_METHODS = "GET, POST, PUT, DELETE";
  static final String ALLOWED_HEADERS = "Authorization, Content-Type, Idempotency-Key, X-Request-Id";
  static final String EXPOSED_HEADERS = "Location, Retry-After, X-Request-Id, Idempotent-Replayed";
  private static final String PREFLIGHT_MAX_AGE_SECONDS = "600";

  private final Set<String> allowedOrigins;

  /** @param allowedOrigins exact origins such as {@code https://shop.example.com}; empty turns CORS off */
  public CorsPolicy(List<String> allowedOrigins) {
    this.allowedOrigins = allowedOrigins.stream().map(CorsPolicy::normalise).collect(Collectors.toUnmodifiableSet());
  }

  /** A before handler. */
  public void apply(Context ctx) {
    if (allowedOrigins.isEmpty()) {
      return;
    }
    ctx.res().addHeader("Vary", "Origin");
    String origin = ctx.header("Origin");
    if (origin == null || !allowedOrigins.contains(normalise(origin))) {
      return;
    }
    ctx.header("Access-Control-Allow-Origin", origin);
    ctx.header("Access-Control-Expose-Headers", EXPOSED_HEADERS);
    if (ctx.method() == HandlerType.OPTIONS && ctx.header("Access-Control-Request-Method") != null) {
      ctx.header("Access-Control-Allow-Methods", ALLOWED_METHODS);
      ctx.header("Access-Control-Allow-Headers", ALLOWED_HEADERS);
      ctx.header("Access-Control-Max-Age", PREFLIGHT_MAX_AGE_SECONDS);
      ctx.status(204);
      ctx.skipRemainingHandlers();
    }
  }

  private static String normalise(String origin) {
    String lower = origin.strip().toLowerCase(Locale.ROOT);
    return lower.endsWith("/") ? lower.substring(0, lower.length() - 1) : lower;
  }
}
