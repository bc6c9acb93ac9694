package io.cloudstore.application.port.out.persistence;

/** Tells whether the store answers, cheaply enough to be asked by every health check. */
public interface StorageHealth {
  /** True if a trivial read succeeded within the store's short health-check timeout. */
  boolean isReachable();
}
