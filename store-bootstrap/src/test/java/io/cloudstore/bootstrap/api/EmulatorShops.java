package io.cloudstore.bootstrap.api;

import static org.assertj.core.api.Assertions.fail;

import io.cloudstore.bootstrap.ops.ShopProcess;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Shops, each the real jar, on the DynamoDB emulator that {@code STORE_DYNAMODB_ENDPOINT} names (moto's
 * server in CI), sharing one set of tables, one JWT secret and one admin, as instances behind a load
 * balancer would. Without that variable the test fails: a missing emulator must never look like a pass.
 */
final class EmulatorShops implements AutoCloseable {
  static final String ADMIN_EMAIL = "ops@example.com";
  private static final String SECRET = "instances-on-the-emulator-share-this-secret-0123456789";

  private final Map<String, String> environment;
  private final List<ShopProcess> started = new ArrayList<>();

  /**
   * @param tableSet names this test's tables (made unique)
   * @param settings further environment of every shop, such as {@code STORE_CATALOG_CACHE_TTL}
   */
  EmulatorShops(String tableSet, Map<String, String> settings) {
    environment = new HashMap<>(storage(tableSet));
    environment.putAll(Map.of(
        "STORE_JWT_SECRET", SECRET,
        "STORE_ADMIN_EMAIL", ADMIN_EMAIL,
        "STORE_ADMIN_PASSWORD", Shop.PASSWORD,
        "STORE_BCRYPT_COST", "4"));
    environment.putAll(settings);
  }

  /** The storage settings of a shop on the emulator, with tables of its own under a unique prefix. */
  static Map<String, String> storage(String tableSet) {
    String endpoint = System.getenv("STORE_DYNAMODB_ENDPOINT");
    if (endpoint == null || endpoint.isBlank()) {
      fail("STORE_DYNAMODB_ENDPOINT is not set: start moto's server (python3 scripts/moto_serialized.py 5000) and "
          + "export STORE_DYNAMODB_ENDPOINT=http://127.0.0.1:5000 AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test");
    }
    return Map.of(
        "STORE_STORAGE", "dynamodb",
        "STORE_DYNAMODB_ENDPOINT", endpoint,
        "STORE_TABLE_PREFIX", Shop.unique(tableSet) + "-",
        "STORE_DYNAMODB_CREATE_TABLES", "true",
        "AWS_REGION", "us-east-1");
  }

  /** Starts one more shop and returns a client of it. */
  ApiClient start() throws IOException {
    ShopProcess shop = ShopProcess.start(environment);
    started.add(shop);
    return new ApiClient(shop.port());
  }

  @Override
  public void close() throws Exception {
    for (ShopProcess shop : started) {
      shop.stop();
    }
  }
}
