package io.cloudstore.bootstrap;

import io.cloudstore.adapter.in.http.HttpApi;
import io.cloudstore.adapter.in.http.HttpSettings;
import io.cloudstore.adapter.in.http.MetricsEndpoint;
import io.cloudstore.adapter.out.metrics.BusinessMetrics;
import io.cloudstore.adapter.out.metrics.CatalogCacheMetrics;
import io.cloudstore.adapter.out.metrics.PrometheusMetrics;
import io.cloudstore.adapter.out.metrics.StorageClientMetrics;
import io.cloudstore.adapter.out.metrics.StorageMetrics;
import io.cloudstore.application.CloudStore;
import io.cloudstore.application.port.in.product.CatalogQuery;
import io.cloudstore.application.port.in.user.EnsureAdminCommand;
import io.cloudstore.domain.user.Email;
import io.cloudstore.domain.user.PlainPassword;
import io.javalin.Javalin;
import java.time.Clock;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running shop: storage, core, meters and HTTP API wired together from one {@link StoreConfig}. Storage
 * ports and the use cases behind the API are metered; {@code /metrics} is served only when
 * {@code STORE_METRICS_TOKEN} is set.
 */
public final class CloudStoreApp implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(CloudStoreApp.class);
  static final String TOKEN_ISSUER = StoreCore.TOKEN_ISSUER;

  private final Javalin http;
  private final CloudStore store;
  private final Storage storage;
  private final PrometheusMetrics metrics;

  private CloudStoreApp(Javalin http, CloudStore store, Storage storage, PrometheusMetrics metrics) {
    this.http = http;
    this.store = store;
    this.storage = storage;
    this.metrics = metrics;
  }

  /** Wires everything, prepares the data (admin, demo catalog) and starts serving on the configured port. */
  public static CloudStoreApp start(StoreConfig config) {
    Clock clock = Clock.systemUTC();
    byte[] secret = config.jwtSecret().orElseGet(CloudStoreApp::randomSecret);
    String storageName = config.storage().configName();
    PrometheusMetrics metrics =
        config.metricsToken().isPresent() ? PrometheusMetrics.create() : PrometheusMetrics.off();
    Storage storage;
    try {
      var clientMetrics = new StorageClientMetrics(metrics.registry(), storageName);
      storage = Storage.open(config, StoreCore.cursorCodec(secret), clock, clientMetrics::callFinished);
    } catch (RuntimeException e) {
      metrics.close();
      throw e;
    }
    try {
      StoragePorts ports = storage.ports().meteredBy(new StorageMetrics(metrics.registry(), storageName));
      CloudStore store = StoreCore.build(config, ports, secret, clock);
      var business = new BusinessMetrics(metrics.registry(), config.currency());
      CatalogCacheMetrics.register(metrics.registry(), store.catalogCache());
      // Hashing the admin's password takes as long as setting up the web server: on two cores, both at once.
      var dataReady = new FutureTask<Void>(() -> {
        prepareData(config, store);
        return null;
      });
      new Thread(dataReady, "cloud-store-prepare-data").start();
      Javalin http;
      try {
        http = new HttpApi(MeteredUseCases.of(store, business), httpSettings(config, clock, metrics)).create();
      } finally {
        await(dataReady);
      }
      http.start(config.port());
      log.info("Cloud Store is serving on http://localhost:{}/ with {} storage; catalog cache {}; metrics {}",
          http.port(), storageName,
          config.catalogCacheTtl().isZero() ? "off" : "for " + config.catalogCacheTtl(),
          config.metricsToken().isPresent() ? "at /metrics (bearer token)" : "off (no STORE_METRICS_TOKEN)");
      return new CloudStoreApp(http, store, storage, metrics);
    } catch (RuntimeException e) {
      closeQuietly(storage);
      metrics.close();
      throw e;
    }
  }

  private static HttpSettings httpSettings(StoreConfig config, Clock clock, PrometheusMetrics metrics) {
    HttpSettings settings =
        HttpSettings.defaults(config.storage().configName(), config.currency())
            .withCorsOrigins(config.corsOrigins())
            .withStaticFiles("web")
            .withClock(clock)
            .withMeterRegistry(metrics.registry())
            .withMaxThreads(config.httpThreads());
    return config.metricsToken()
        .map(token -> settings.withMetricsEndpoint(
            new MetricsEndpoint(PrometheusMetrics.CONTENT_TYPE, metrics::scrape, token.value())))
        .orElse(settings);
  }

  private static void prepareData(StoreConfig config, CloudStore store) {
    config.admin().ifPresent(admin -> {
      store.ensureAdmin().ensureAdmin(
          new EnsureAdminCommand(new Email(admin.email()), new PlainPassword(admin.password()), "Administrator"));
      log.info("Admin account {} is ready", admin.email());
    });
    if (config.demoData() && store.browseCatalog().browse(CatalogQuery.firstPage(1)).items().isEmpty()) {
      int loaded = DemoCatalog.load(store.createProduct(), config.currency());
      log.info("Loaded the demo catalog: {} products", loaded);
    }
  }

  /** Waits for {@code task} and rethrows what it threw, as it was. */
  private static void await(FutureTask<?> task) {
    try {
      task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while preparing the data", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  private static byte[] randomSecret() {
    log.warn("STORE_JWT_SECRET is not set: using a random secret, so tokens stop working when the shop restarts");
    return StoreCore.randomSecret();
  }

  public int port() {
    return http.port();
  }

  public CloudStore store() {
    return store;
  }

  /** Stops accepting requests, lets in-flight ones finish, then releases storage and meters. */
  @Override
  public void close() {
    http.stop();
    closeQuietly(storage);
    metrics.close();
    log.info("Cloud Store stopped");
  }

  private static void closeQuietly(Storage storage) {
    try {
      storage.close();
    } catch (Exception e) {
      log.warn("Closing storage failed", e);
    }
  }
}
