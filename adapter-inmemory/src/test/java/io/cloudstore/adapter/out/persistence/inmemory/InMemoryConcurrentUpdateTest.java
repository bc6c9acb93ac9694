package io.cloudstore.adapter.out.persistence.inmemory;

import io.cloudstore.application.port.out.persistence.ConcurrentUpdateContract;
import io.cloudstore.application.port.out.persistence.StorageUnderTest;

class InMemoryConcurrentUpdateTest extends ConcurrentUpdateContract {
  @Override
  protected StorageUnderTest storage() {
    return FreshInMemoryStorage.create();
  }
}
