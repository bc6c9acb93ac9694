package io.cloudstore.adapter.out.persistence.inmemory;

import io.cloudstore.application.port.out.persistence.RegistrationConcurrencyContract;
import io.cloudstore.application.port.out.persistence.StorageUnderTest;

class InMemoryRegistrationConcurrencyTest extends RegistrationConcurrencyContract {
  @Override
  protected StorageUnderTest storage() {
    return FreshInMemoryStorage.create();
  }
}
