package io.cloudstore.bootstrap.api;

import java.util.Map;

/** The API suite against the in-memory storage, plus the checkout race. */
class InMemoryApiIT extends AbstractApiIT implements CheckoutRaceApiTests {
  @Override
  protected Map<String, String> storageEnvironment() {
    return Map.of("STORE_STORAGE", "memory");
  }

  @Override
  protected String storageName() {
    return "memory";
  }

  @Override
  public int badBodiesPerEndpoint() {
    return 300;
  }
}
