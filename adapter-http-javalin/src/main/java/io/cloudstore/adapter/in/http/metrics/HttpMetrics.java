package io.cloudstore.adapter.in.http.metrics;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.RequestLogger;
import io.javalin.router.Endpoint;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.server.handler.GracefulHandler;

/**
 * Request meters, following Micrometer's conventions for HTTP servers:
 *
 * <ul>
 *   <li>{@value #REQUESTS}: a timer per route template ({@code uri}, such as {@code /api/orders/{id}}),
 *       {@code method} and status class ({@code status}: {@code 2xx}, {@code 4xx}...), with a percentile
 *       histogram so that Prometheus can compute any quantile across instances; its count is the request
 *       count. Requests that match no route are tagged {@code STATIC} (a page or asset served),
 *       {@code NOT_FOUND} or {@code UNMATCHED}, never with their path, which would be unbounded.
 *   <li>{@value #ACTIVE_REQUESTS}: a gauge of the requests being handled right now.
 * </ul>
 */
public final class HttpMetrics implements RequestLogger {
  public static final String REQUESTS = "http.server.requests";
  public static final String ACTIVE_REQUESTS = "http.server.requests.active";
  private static final Duration FASTEST_EXPECTED = Duration.ofMillis(1);
  private static final Duration SLOWEST_EXPECTED = Duration.ofSeconds(30);

  private final MeterRegistry registry;
  /** Built once per kind: building a timer per request cost more than the request's own storage lookup. */
  private final Map<RequestKind, Timer> timers = new ConcurrentHashMap<>();

  private record RequestKind(String uri, String method, String status) {}

  public HttpMetrics(MeterRegistry registry) {
    this.registry = Objects.requireNonNull(registry, "registry");
  }

  /** Reports the server's in-flight requests, as counted by the handler that drains them on shutdown. */
  public void watchActiveRequests(GracefulHandler requests) {
    Gauge.builder(ACTIVE_REQUESTS, requests, GracefulHandler::getCurrentRequestCount)
        .description("HTTP requests being handled now")
        .register(registry);
  }

  @Override
  public void handle(Context ctx, Float executionTimeMs) {
    var kind = new RequestKind(route(ctx), ctx.method().name(), statusClass(ctx.statusCode()));
    timers.computeIfAbsent(kind, this::timer).record((long) (executionTimeMs * 1_000_000.0), TimeUnit.NANOSECONDS);
  }

  private Timer timer(RequestKind kind) {
    return Timer.builder(REQUESTS)
        .description("HTTP requests, by route template, method and status class")
        .tags("uri", kind.uri(), "method", kind.method(), "status", kind.status())
        .publishPercentileHistogram()
        .minimumExpectedValue(FASTEST_EXPECTED)
        .maximumExpectedValue(SLOWEST_EXPECTED)
        .register(registry);
  }

  static String route(Context ctx) {
    Endpoint endpoint = ctx.endpoints().matchedHttpEndpoint();
    if (endpoint != null) {
      return endpoint.path;
    }
    int status = ctx.statusCode();
    if (status == 404) {
      return "NOT_FOUND";
    }
    boolean read = ctx.method() == HandlerType.GET || ctx.method() == HandlerType.HEAD;
    return read && status < 400 ? "STATIC" : "UNMATCHED";
  }

  private static String statusClass(int status) {
    return status >= 100 && status < 600 ? (status / 100) + "xx" : "unknown";
  }
}
