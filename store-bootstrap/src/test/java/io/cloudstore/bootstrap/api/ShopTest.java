package io.cloudstore.bootstrap.api;

/**
 * One group of API tests (by resource). The groups are interfaces so that {@link AbstractApiIT} can run all
 * of them against one started shop per storage, and each group still lives in its own file.
 */
interface ShopTest {
  /** The shop under test, started once for the implementing test class. */
  Shop shop();

  default ApiClient api() {
    return shop().api();
  }
}
