package io.cloudstore.adapter.in.http;

import static io.javalin.apibuilder.ApiBuilder.delete;
import static io.javalin.apibuilder.ApiBuilder.get;
import static io.javalin.apibuilder.ApiBuilder.path;
import static io.javalin.apibuilder.ApiBuilder.post;
import static io.javalin.apibuilder.ApiBuilder.put;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudstore.adapter.in.http.auth.AuthController;
import io.cloudstore.adapter.in.http.auth.LoginThrottle;
import io.cloudstore.adapter.in.http.cart.CartController;
import io.cloudstore.adapter.in.http.health.HealthController;
import io.cloudstore.adapter.in.http.health.StorageCheck;
import io.cloudstore.adapter.in.http.metrics.HttpMetrics;
import io.cloudstore.adapter.in.http.metrics.MetricsController;
import io.cloudstore.adapter.in.http.order.OrderController;
import io.cloudstore.adapter.in.http.product.ProductController;
import io.cloudstore.adapter.in.http.support.Access;
import io.cloudstore.adapter.in.http.support.AccessLog;
import io.cloudstore.adapter.in.http.support.Authentication;
import io.cloudstore.adapter.in.http.support.BodyLimit;
import io.cloudstore.adapter.in.http.support.CorsPolicy;
import io.cloudstore.adapter.in.http.support.ErrorMapping;
import io.cloudstore.adapter.in.http.support.JsonAnswers;
import io.cloudstore.adapter.in.http.support.JsonBodies;
import io.cloudstore.adapter.in.http.support.JsonMapping;
import io.cloudstore.adapter.in.http.support.RequestIds;
import io.cloudstore.adapter.in.http.support.SecurityHeaders;
import io.cloudstore.adapter.in.http.support.Problems;
import io.cloudstore.adapter.in.http.support.RequestRejectedException;
import io.cloudstore.adapter.in.http.support.ServerErrorHandler;
import io.cloudstore.adapter.in.http.support.UseCases;
import io.cloudstore.application.CloudStore;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Handler;
import io.javalin.json.JavalinJackson;
import io.micrometer.core.instrument.Counter;
import java.time.Duration;
import java.util.Objects;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * Builds the Cloud Store HTTP API (see {@code API.md} and {@code GET /api/openapi.json}) on Javalin 7:
 * routes, authentication, error mapping, security headers, CORS, access log, request meters, health and
 * readiness probes, {@code /metrics} if configured, and, if configured, the shop pages at {@code /}.
 *
 * <pre>{@code
 * Javalin app = new HttpApi(store, HttpSettings.defaults("memory", usd).withStaticFiles("web")).create();
 * app.start("0.0.0.0", 8080);
 * }</pre>
 */
public final class HttpApi {
  /** How long a stopping server waits for in-flight requests before closing their connections. */
  public static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(20);
  private static final int MIN_IDLE_THREADS = 8;
  /**
   * Javalin copies an answer set with {@code ctx.result} (problems, static files, the OpenAPI document)
   * into Jetty's output through a buffer it allocates per response, by default as large as Jetty's whole
   * output buffer (32 KB). JSON answers bypass it ({@link JsonAnswers}).
   */
  private static final int RESPONSE_COPY_BUFFER_BYTES = 4 * 1024;
  /** The counter of log-ins; this adapter counts those the throttle refused ({@code outcome=throttled}). */
  public static final String LOGINS_METER = "cloudstore.logins";

  /** Static files may be cached briefly: their names carry no content hash. */
  static final String STATIC_CACHE_CONTROL = "public, max-age=300";

  private final UseCases useCases;
  private final HttpSettings settings;

  public HttpApi(CloudStore store, HttpSettings settings) {
    this(UseCases.of(Objects.requireNonNull(store, "store")), settings);
  }

  /** @param useCases the store's use cases, some perhaps wrapped (for example to count what they do) */
  public HttpApi(UseCases useCases, HttpSettings settings) {
    this.useCases = Objects.requireNonNull(useCases, "useCases");
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  /** A fully configured, not yet started server; each call makes an independent one. */
  public Javalin create() {
    ObjectMapper mapper = JsonMapping.newObjectMapper();
    JsonBodies bodies = new JsonBodies(mapper, HttpSettings.MAX_BODY_BYTES);
    ErrorMapping errors = new ErrorMapping(mapper, HttpSettings.MAX_BODY_BYTES);
    Authentication authentication =
        new Authentication(useCases.verifyToken(), settings.metricsEndpoint().map(MetricsEndpoint::bearerToken));
    CorsPolicy cors = new CorsPolicy(settings.corsOrigins());
    BodyLimit bodyLimit = new BodyLimit(HttpSettings.MAX_BODY_BYTES);
    HttpMetrics httpMetrics = new HttpMetrics(settings.meterRegistry());
    Routes routes = new Routes(useCases, bodies, newLoginThrottle(), settings, OpenApiDocument.load());

    return Javalin.create(config -> {
      configureServer(config, mapper, errors, httpMetrics);
      config.routes.before(RequestIds::assign);
      config.routes.before(SecurityHeaders::apply);
      config.routes.before(cors::apply);
      config.routes.before(bodyLimit::check);
      config.routes.beforeMatched(authentication::authenticate);
      errors.register(config.routes);
      config.routes.apiBuilder(routes::define);
    });
  }

  private void configureServer(JavalinConfig config, ObjectMapper mapper, ErrorMapping errors,
      HttpMetrics httpMetrics) {
    config.startup.showJavalinBanner = false;
    config.startup.showOldJavalinVersionWarning = false;
    config.http.maxRequestSize = HttpSettings.MAX_BODY_BYTES;
    config.http.responseBufferSize = RESPONSE_COPY_BUFFER_BYTES;
    config.jetty.modifyHttpConfiguration(http -> http.setHeaderCacheSize(0));
    config.http.prefer405over404 = true;
    config.jetty.threadPool = requestThreads(settings.maxThreads());
    config.jsonMapper(new JavalinJackson(mapper, false));
    JsonAnswers.use(config, mapper);
    config.router.javaLangErrorHandler(errors::handleError);
    var serverErrors = new ServerErrorHandler(mapper, HttpSettings.MAX_BODY_BYTES);
    config.jetty.modifyServer(server -> {
      server.setErrorHandler(serverErrors);
      // On stop, stop accepting and let in-flight requests finish (up to the grace period). Javalin
      // attaches its own handler inside this wrapper, which also counts the requests in flight.
      server.setStopTimeout(SHUTDOWN_GRACE.toMillis());
      GracefulHandler graceful = new GracefulHandler();
      server.setHandler(graceful);
      httpMetrics.watchActiveRequests(graceful);
    });
    config.jetty.modifyServletContextHandler(context -> context.setErrorHandler(serverErrors));
    // In this order: the access log clears the request's MDC.
    config.requestLogger.http(httpMetrics);
    config.requestLogger.http(new AccessLog());
    settings.staticFilesDirectory().ifPresent(directory -> config.resourceHandler(StaticFiles.load(directory)));
  }

  private static QueuedThreadPool requestThreads(int maxThreads) {
    var pool = new QueuedThreadPool(maxThreads, Math.min(MIN_IDLE_THREADS, maxThreads));
    pool.setName("JettyServerThreadPool");
    return pool;
  }

  private LoginThrottle newLoginThrottle() {
    return new LoginThrottle(
        settings.loginFailuresPerEmail(),
        settings.loginFailuresPerAddress(),
        settings.loginWindow(),
        LoginThrottle.DEFAULT_MAX_TRACKED_KEYS,
        settings.clock());
  }

  /** Every route of the API with the access it requires; {@code openapi.json} documents exactly these. */
  private static final class Routes {
    private final AuthController auth;
    private final ProductController products;
    private final CartController cart;
    private final OrderController orders;
    private final HealthController health;
    private final Handler metrics;
    private final OpenApiDocument openApi;

    Routes(UseCases store, JsonBodies bodies, LoginThrottle throttle, HttpSettings settings,
        OpenApiDocument openApi) {
      Counter throttled = Counter.builder(LOGINS_METER)
          .description("Log-ins, by outcome")
          .tag("outcome", "throttled")
          .register(settings.meterRegistry());
      this.auth = new AuthController(store, bodies, throttle, throttled);
      this.products = new ProductController(store, bodies, settings.currency());
      this.cart = new CartController(store, bodies);
      this.orders = new OrderController(store, bodies);
      this.health = new HealthController(
          new StorageCheck(store.checkHealth(), settings.readinessTimeout()), settings.storageName());
      this.metrics = settings.metricsEndpoint()
          .<Handler>map(endpoint -> new MetricsController(endpoint.contentType(), endpoint.scrape())::scrape)
          .orElse(ctx -> {
            throw new RequestRejectedException(Problems.noSuchResource());
          });
      this.openApi = openApi;
    }

    void define() {
      path("api", () -> {
        path("auth", () -> {
          post("register", auth::register, Access.ANYONE);
          post("login", auth::logIn, Access.ANYONE);
          get("verify", auth::verify, Access.SIGNED_IN);
        });
        get("products", products::list, Access.ANYONE);
        get("products/{id}", products::view, Access.ANYONE);
        get("categories", products::categories, Access.ANYONE);
        path("cart", () -> {
          get(cart::view, Access.SIGNED_IN);
          put(cart::replace, Access.SIGNED_IN);
          post(cart::replace, Access.SIGNED_IN);
          delete(cart::clear, Access.SIGNED_IN);
        });
        path("orders", () -> {
          post(orders::place, Access.SIGNED_IN);
          get(orders::list, Access.SIGNED_IN);
          get("{id}", orders::view, Access.SIGNED_IN);
          post("{id}/cancel", orders::cancel, Access.SIGNED_IN);
        });
        path("admin", () -> {
          post("products", products::create, Access.ADMIN);
          put("products/{id}", products::update, Access.ADMIN);
          delete("products/{id}", products::delete, Access.ADMIN);
          post("orders/{id}/ship", orders::ship, Access.ADMIN);
        });
        get("openapi.json", openApi::serve, Access.ANYONE);
      });
      path("health", () -> {
        get(health::health, Access.ANYONE);
        get("live", health::live, Access.ANYONE);
        get("ready", health::ready, Access.ANYONE);
      });
      get("metrics", metrics, Access.METRICS);
    }
  }
}
