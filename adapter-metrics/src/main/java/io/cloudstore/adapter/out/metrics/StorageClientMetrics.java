package io.cloudstore.adapter.out.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Retries and throttled attempts of a storage client (DynamoDB's SDK), which the storage ports hide: a
 * call that succeeded on its third attempt is one success there. Bootstrap connects the client's call
 * listener to {@link #callFinished}.
 */
public final class StorageClientMetrics {
  private final MeterRegistry registry;
  private final String storage;

  public StorageClientMetrics(MeterRegistry registry, String storage) {
    this.registry = registry;
    this.storage = storage;
  }

  public void callFinished(String operation, int retries, int throttledAttempts) {
    if (retries > 0) {
      counter(MeterNames.STORAGE_CLIENT_RETRIES, operation, "storage client attempts after the first")
          .increment(retries);
    }
    if (throttledAttempts > 0) {
      counter(MeterNames.STORAGE_CLIENT_THROTTLES, operation, "storage client attempts refused by throttling")
          .increment(throttledAttempts);
    }
  }

  private Counter counter(String name, String operation, String description) {
    return Counter.builder(name)
        .description(description)
        .tag("storage", storage)
        .tag("operation", operation)
        .register(registry);
  }
}
