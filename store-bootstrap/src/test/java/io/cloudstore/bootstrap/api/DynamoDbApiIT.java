package io.cloudstore.bootstrap.api;

import java.util.HashMap;
import java.util.Map;

/**
 * The API suite against DynamoDB, served by the emulator that {@code STORE_DYNAMODB_ENDPOINT} names (moto's
 * server in CI). Without that variable the suite fails: a missing emulator must never look like a pass.
 *
 * <p>The checkout race runs here too. Plain moto (5.2.1) does not run TransactWriteItems atomically when
 * requests overlap (scripts/moto_race_repro.py shows it oversell with no Cloud Store code involved), so CI
 * serves moto through scripts/moto_serialized.py, which handles one request at a time as DynamoDB's
 * isolation promises; the race then tests our conditions, not moto's missing lock.
 *
 * <p>The catalog cache (on by default with DynamoDB) is turned off here: the shared suite checks what a
 * write did by reading the product right after it, e.g. the stock a cancellation returned, and with the
 * cache that read may rightly show the stock of up to {@code STORE_CATALOG_CACHE_TTL} before. The cache's
 * own behaviour over HTTP is {@link CatalogCacheAcrossInstancesIT}'s.
 */
class DynamoDbApiIT extends AbstractApiIT implements CheckoutRaceApiTests {
  @Override
  protected Map<String, String> storageEnvironment() {
    Map<String, String> environment = new HashMap<>(EmulatorShops.storage("api-it"));
    environment.put("STORE_CATALOG_CACHE_TTL", "PT0S");
    return environment;
  }

  @Override
  protected String storageName() {
    return "dynamodb";
  }

  /** Fewer random bodies than in memory: the emulator answers in milliseconds, not microseconds. */
  @Override
  public int badBodiesPerEndpoint() {
    return 100;
  }
}
