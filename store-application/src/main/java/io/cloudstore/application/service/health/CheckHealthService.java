package io.cloudstore.application.service.health;

import io.cloudstore.application.port.in.health.CheckHealthUseCase;
import io.cloudstore.application.port.out.persistence.StorageHealth;

public final class CheckHealthService implements CheckHealthUseCase {
  private final StorageHealth storage;

  public CheckHealthService(StorageHealth storage) {
    this.storage = storage;
  }

  @Override
  public boolean isStorageReachable() {
    try {
      return storage.isReachable();
    } catch (RuntimeException unreachable) {
      return false;
    }
  }
}
