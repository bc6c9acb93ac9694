package io.cloudstore.adapter.out.persistence.dynamodb;

import io.cloudstore.application.port.out.persistence.StorageUnderTest;

/** Hands a DynamoDB storage to the shared contract tests. */
final class ContractStorage {
  private ContractStorage() {}

  static StorageUnderTest of(DynamoDbStorage storage) {
    return new StorageUnderTest(storage.users(), storage.products(), storage.carts(), storage.orders());
  }
}
