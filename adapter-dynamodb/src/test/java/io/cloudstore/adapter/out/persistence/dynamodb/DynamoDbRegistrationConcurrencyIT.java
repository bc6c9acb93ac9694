package io.cloudstore.adapter.out.persistence.dynamodb;

import io.cloudstore.application.port.out.persistence.RegistrationConcurrencyContract;
import io.cloudstore.application.port.out.persistence.StorageUnderTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The shared {@link RegistrationConcurrencyContract}, on DynamoDB tables of this class's own. */
class DynamoDbRegistrationConcurrencyIT extends RegistrationConcurrencyContract {
  private static DynamoDbStorage storage;

  @BeforeAll
  static void createTables() {
    storage = DynamoDbTestServer.newStorage("registration-race");
  }

  @AfterAll
  static void close() {
    if (storage != null) {
      storage.close();
    }
  }

  @Override
  protected StorageUnderTest storage() {
    return ContractStorage.of(storage);
  }
}
