package io.cloudstore.adapter.in.http.support;

import io.javalin.http.Context;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Headers every response carries, errors and static files included. Responses are not cacheable by
 * default; the static file handler replaces {@code Cache-Control} for the pages and assets it serves.
 */
public final class SecurityHeaders {
  public static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none';"
          + " base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
  static final Map<String, String> HEADERS = headers();

  private SecurityHeaders() {}

  /** A before handler. */
  public static void apply(Context ctx) {
    HEADERS.forEach(ctx::header);
  }

  private static Map<String, String> headers() {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("X-Content-Type-Options", "nosniff");
    headers.put("Referrer-Policy", "no-referrer");
    headers.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    headers.put("X-Frame-Options", "DENY");
    headers.put("Cache-Control", "no-store");
    return Collections.unmodifiableMap(headers);
  }
}
