package io.cloudstore.adapter.out.persistence.dynamodb;

import io.cloudstore.application.port.out.persistence.CheckoutConcurrencyContract;
import io.cloudstore.application.port.out.persistence.StorageUnderTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The shared {@link CheckoutConcurrencyContract}, on DynamoDB tables of this class's own, with 50
 * checkouts racing for 10 units. An emulator serves the racers one after another (moto must: its
 * threaded server does not isolate transactions, see the README); 200 racers would queue for longer
 * than the client's attempt timeout, and a timed-out attempt that the emulator still applies is applied
 * again by the SDK's retry, since emulators ignore the ClientRequestToken that makes this safe on AWS.
 */
class DynamoDbCheckoutConcurrencyIT extends CheckoutConcurrencyContract {
  private static DynamoDbStorage storage;

  @BeforeAll
  static void createTables() {
    storage = DynamoDbTestServer.newStorage("checkout-race");
  }

  @AfterAll
  static void close() {
    if (storage != null) {
      storage.close();
    }
  }

  @Override
  protected int racingCheckouts() {
    return 50;
  }

  @Override
  protected int unitsInStock() {
    return 10;
  }

  @Override
  protected StorageUnderTest storage() {
    return ContractStorage.of(storage);
  }
}
