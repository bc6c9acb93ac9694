package io.cloudstore.adapter.in.http;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * How the HTTP API is set up. Start from {@link #defaults} and change what differs with the {@code with...}
 * methods; every value is checked here, so a bad setting fails at start-up.
 *
 * @param storageName what {@code GET /health} reports as {@code storage}, such as {@code memory}
 * @param currency the store currency, the only one product prices may be given in
 * @param corsOrigins exact origins ({@code https://shop.example.com}) allowed to call the API from a browser;
 *     empty (the default) means same origin only
 * @param staticFilesDirectory a classpath directory whose files are served from memory at {@code /}; empty serves none
 * @param loginFailuresPerEmail failed log-ins for one email before further attempts get 429
 * @param loginFailuresPerAddress failed log-ins from one client address before further attempts get 429
 * @param loginWindow how long failures are counted and attempts refused
 * @param clock the time source of the log-in throttle
 * @param meterRegistry where request meters and the throttled log-in counter go; the default one drops them
 * @param metricsEndpoint what {@code GET /metrics} serves; empty (the default) answers it with 404
 * @param readinessTimeout how long {@code /health} and {@code /health/ready} wait for storage to answer
 *     before they report {@code DOWN}
 * @param maxThreads the most requests handled at once (Jetty's thread pool, its own few threads included);
 *     further requests wait for a thread in arrival order
 */
public record HttpSettings(
    String storageName,
    Currency currency,
    List<String> corsOrigins,
    Optional<String> staticFilesDirectory,
    int loginFailuresPerEmail,
    int loginFailuresPerAddress,
    Duration loginWindow,
    Clock clock,
    MeterRegistry meterRegistry,
    Optional<MetricsEndpoint> metricsEndpoint,
    Duration readinessTimeout,
    int maxThreads) {
  /** Request bodies above this many bytes are refused with 413. */
  public static final int MAX_BODY_BYTES = 64 * 1024;
  /** {@link #withLoginThrottle} allows this many times more failures per client address than per email. */
  public static final int ADDRESS_FAILURES_PER_EMAIL_FAILURE = 4;
  /** How long readiness waits for storage by default; DynamoDB's own health check gives up after 1.5 s. */
  public static final Duration DEFAULT_READINESS_TIMEOUT = Duration.ofSeconds(2);
  /** Jetty's own default; enough for handlers that mostly wait on a remote store. */
  public static final int DEFAULT_MAX_THREADS = 200;
  /** Fewer leave Jetty's acceptor and selector threads nothing to handle requests with. */
  public static final int MIN_MAX_THREADS = 8;

  public HttpSettings {
    if (storageName == null || storageName.isBlank()) {
      throw new IllegalArgumentException("the storage name must not be blank");
    }
    Objects.requireNonNull(currency, "currency");
    corsOrigins = List.copyOf(corsOrigins);
    corsOrigins.forEach(HttpSettings::requireExactOrigin);
    Objects.requireNonNull(staticFilesDirectory, "staticFilesDirectory");
    staticFilesDirectory.ifPresent(dir -> {
      if (dir.isBlank()) {
        throw new IllegalArgumentException("the static files directory must not be blank");
      }
    });
    if (loginFailuresPerEmail < 1 || loginFailuresPerAddress < 1) {
      throw new IllegalArgumentException("the log-in failure limits must be at least 1");
    }
    if (loginWindow == null || loginWindow.isZero() || loginWindow.isNegative()) {
      throw new IllegalArgumentException("the log-in throttle window must be positive");
    }
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(meterRegistry, "meterRegistry");
    Objects.requireNonNull(metricsEndpoint, "metricsEndpoint");
    if (readinessTimeout == null || readinessTimeout.isZero() || readinessTimeout.isNegative()) {
      throw new IllegalArgumentException("the readiness timeout must be positive");
    }
    if (maxThreads < MIN_MAX_THREADS) {
      throw new IllegalArgumentException("the thread pool needs at least " + MIN_MAX_THREADS + " threads");
    }
  }

  /**
   * No CORS, no static files, 5 failed log-ins per email and 20 per client address in 15 minutes, system
   * UTC clock, no meters kept, no {@code /metrics}, readiness waits {@link #DEFAULT_READINESS_TIMEOUT}.
   *
   * @param storageName {@code memory} or {@code dynamodb}, as reported by {@code GET /health}
   */
  public static HttpSettings defaults(String storageName, Currency currency) {
    return new HttpSettings(
        storageName, currency, List.of(), Optional.empty(), 5, 20, Duration.ofMinutes(15), Clock.systemUTC(),
        new CompositeMeterRegistry(), Optional.empty(), DEFAULT_READINESS_TIMEOUT, DEFAULT_MAX_THREADS);
  }

  /** @param exactOrigins such as {@code https://shop.example.com}; never {@code *} */
  public HttpSettings withCorsOrigins(List<String> exactOrigins) {
    return new HttpSettings(storageName, currency, exactOrigins, staticFilesDirectory, loginFailuresPerEmail,
        loginFailuresPerAddress, loginWindow, clock, meterRegistry, metricsEndpoint, readinessTimeout, maxThreads);
  }

  /**
   * @param classpathDirectory such as {@code web}: its files are served at {@code /}, its {@code index.html}
   *     also at {@code /}. It must be on the class path (a directory or a jar) when the server is built; the
   *     files are read into memory once, by the first request that no route matches, so it is meant for a
   *     few MB of pages and assets.
   */
  public HttpSettings withStaticFiles(String classpathDirectory) {
    return new HttpSettings(storageName, currency, corsOrigins, Optional.of(classpathDirectory),
        loginFailuresPerEmail, loginFailuresPerAddress, loginWindow, clock, meterRegistry, metricsEndpoint,
        readinessTimeout, maxThreads);
  }

  /**
   * @param maxFailures failed log-ins per email in one window; a client address may fail
   *     {@value #ADDRESS_FAILURES_PER_EMAIL_FAILURE} times as often, to allow for shared addresses
   */
  public HttpSettings withLoginThrottle(int maxFailures, Duration window) {
    return new HttpSettings(storageName, currency, corsOrigins, staticFilesDirectory, maxFailures,
        Math.multiplyExact(maxFailures, ADDRESS_FAILURES_PER_EMAIL_FAILURE), window, clock, meterRegistry,
        metricsEndpoint, readinessTimeout, maxThreads);
  }

  public HttpSettings withClock(Clock clock) {
    return new HttpSettings(storageName, currency, corsOrigins, staticFilesDirectory, loginFailuresPerEmail,
        loginFailuresPerAddress, loginWindow, clock, meterRegistry, metricsEndpoint, readinessTimeout, maxThreads);
  }

  /**
   * @param registry receives {@code http.server.requests} (a timer with a percentile histogram per route
   *     template, method and status class), {@code http.server.requests.active} and the throttled log-ins
   */
  public HttpSettings withMeterRegistry(MeterRegistry registry) {
    return new HttpSettings(storageName, currency, corsOrigins, staticFilesDirectory, loginFailuresPerEmail,
        loginFailuresPerAddress, loginWindow, clock, registry, metricsEndpoint, readinessTimeout, maxThreads);
  }

  /** Serves {@code GET /metrics} to callers that send the endpoint's bearer token. */
  public HttpSettings withMetricsEndpoint(MetricsEndpoint endpoint) {
    return new HttpSettings(storageName, currency, corsOrigins, staticFilesDirectory, loginFailuresPerEmail,
        loginFailuresPerAddress, loginWindow, clock, meterRegistry, Optional.of(endpoint), readinessTimeout, maxThreads);
  }

  public HttpSettings withReadinessTimeout(Duration timeout) {
    return new HttpSettings(storageName, currency, corsOrigins, staticFilesDirectory, loginFailuresPerEmail,
        loginFailuresPerAddress, loginWindow, clock, meterRegistry, metricsEndpoint, timeout, maxThreads);
  }

  /**
   * @param threads the most requests handled at once. A store in memory only computes, so a few threads per
   *     core finish sooner than many: with 200 threads on 2 cores a thread holding a lock is descheduled
   *     among dozens of others and every request behind it waits.
   */
  public HttpSettings withMaxThreads(int threads) {
    return new HttpSettings(storageName, currency, corsOrigins, staticFilesDirectory, loginFailuresPerEmail,
        loginFailuresPerAddress, loginWindow, clock, meterRegistry, metricsEndpoint, readinessTimeout, threads);
  }

  private static void requireExactOrigin(String origin) {
    URI uri;
    try {
      uri = URI.create(Objects.requireNonNull(origin, "origin").strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("not a CORS origin: '" + origin + "'", e);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    boolean exact =
        (scheme.equals("http") || scheme.equals("https"))
            && uri.getHost() != null
            && uri.getRawUserInfo() == null
            && (uri.getRawPath() == null || uri.getRawPath().isEmpty())
            && uri.getRawQuery() == null
            && uri.getRawFragment() == null;
    if (!exact) {
      throw new IllegalArgumentException(
          "not an exact CORS origin (scheme://host[:port], http or https): '" + origin + "'");
    }
  }
}
