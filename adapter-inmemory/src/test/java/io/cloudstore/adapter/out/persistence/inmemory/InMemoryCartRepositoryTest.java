package io.cloudstore.adapter.out.persistence.inmemory;

import io.cloudstore.application.port.out.persistence.CartRepositoryContract;
import io.cloudstore.application.port.out.persistence.StorageUnderTest;

class InMemoryCartRepositoryTest extends CartRepositoryContract {
  @Override
  protected StorageUnderTest storage() {
    return FreshInMemoryStorage.create();
  }
}
