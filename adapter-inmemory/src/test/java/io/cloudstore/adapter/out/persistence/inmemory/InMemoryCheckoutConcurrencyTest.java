package io.cloudstore.adapter.out.persistence.inmemory;

import io.cloudstore.application.port.out.persistence.CheckoutConcurrencyContract;
import io.cloudstore.application.port.out.persistence.StorageUnderTest;

class InMemoryCheckoutConcurrencyTest extends CheckoutConcurrencyContract {
  @Override
  protected StorageUnderTest storage() {
    return FreshInMemoryStorage.create();
  }
}
