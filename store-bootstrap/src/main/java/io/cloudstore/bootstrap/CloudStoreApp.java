package io.cloudstore.bootstrap;

import io.cloudstore.adapter.in.http.HttpApi;
import io.cloudstore.adapter.in.http.HttpSettings;
import io.cloudstore.adapter.out.security.BcryptPasswordHasher;
import io.cloudstore.adapter.out.security.JwtTokenIssuer;
import io.cloudstore.application.CloudStore;
import io.cloudstore.application.port.in.product.CatalogQuery;
import io.cloudstore.application.port.in.user.EnsureAdminCommand;
import io.cloudstore.application.port.out.persistence.PageCursorCodec;
import io.cloudstore.application.service.StoreSettings;
import io.cloudstore.domain.user.Email;
import io.cloudstore.domain.user.PlainPassword;
import io.javalin.Javalin;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The running shop: storage, core and HTTP API wired together from one {@link StoreConfig}. */
public final class CloudStoreApp implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(CloudStoreApp.class);
  static final String TOKEN_ISSUER = "cloud-store";

  private final Javalin http;
  private final CloudStore store;
  private final Storage storage;

  private CloudStoreApp(Javalin http, CloudStore store, Storage storage) {
    this.http = http;
    this.store = store;
    this.storage = storage;
  }

  /** Wires everything, prepares the data (admin, demo catalog) and starts serving on the configured port. */
  public static CloudStoreApp start(StoreConfig config) {
    Clock clock = Clock.systemUTC();
    byte[] secret = config.jwtSecret().orElseGet(CloudStoreApp::randomSecret);
    Storage storage = Storage.open(config, new PageCursorCodec(derive(secret, "page-cursors")), clock);
    try {
      CloudStore store =
          storage.builder()
              .passwordHasher(new BcryptPasswordHasher(config.bcryptCost()))
              .tokenIssuer(new JwtTokenIssuer(secret, TOKEN_ISSUER, config.jwtTtl(), clock))
              .clock(clock)
              .settings(new StoreSettings(config.currency(), config.taxRate()))
              .build();
      prepareData(config, store);
      HttpSettings settings =
          HttpSettings.defaults(config.storage().configName(), config.currency())
              .withCorsOrigins(config.corsOrigins())
              .withStaticFiles("web")
              .withClock(clock);
      Javalin http = new HttpApi(store, settings).create().start(config.port());
      log.info("Cloud Store is serving on http://localhost:{}/ with {} storage", http.port(),
          config.storage().configName());
      return new CloudStoreApp(http, store, storage);
    } catch (RuntimeException e) {
      closeQuietly(storage);
      throw e;
    }
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

  private static byte[] randomSecret() {
    byte[] secret = new byte[48];
    new SecureRandom().nextBytes(secret);
    log.warn("STORE_JWT_SECRET is not set: using a random secret, so tokens stop working when the shop restarts");
    return secret;
  }

  /** A key for one purpose derived from the main secret, so one secret never signs two kinds of thing. */
  private static byte[] derive(byte[] secret, String purpose) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      return mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }

  public int port() {
    return http.port();
  }

  public CloudStore store() {
    return store;
  }

  /** Stops accepting requests, lets in-flight ones finish, then releases storage. */
  @Override
  public void close() {
    http.stop();
    closeQuietly(storage);
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
