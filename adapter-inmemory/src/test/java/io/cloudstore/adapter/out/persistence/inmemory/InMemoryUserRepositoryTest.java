package io.cloudstore.adapter.out.persistence.inmemory;

import io.cloudstore.application.port.out.persistence.UserRepositoryContract;
import io.cloudstore.application.port.out.persistence.StorageUnderTest;

class InMemoryUserRepositoryTest extends UserRepositoryContract {
  @Override
  protected StorageUnderTest storage() {
    return FreshInMemoryStorage.create();
  }
}
