package io.cloudstore.application.port.in.health;

/** Tells whether the store can serve requests, for health checks and load balancers. */
public interface CheckHealthUseCase {
  /** True if storage answered a trivial read within its short timeout. */
  boolean isStorageReachable();
}
