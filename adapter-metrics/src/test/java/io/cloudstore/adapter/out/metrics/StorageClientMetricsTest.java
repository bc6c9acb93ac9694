package io.cloudstore.adapter.out.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

class StorageClientMetricsTest {
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final StorageClientMetrics metrics = new StorageClientMetrics(registry, "dynamodb");

  @Test
  void callFinished_countsRetriesAndThrottledAttemptsPerOperation() {
    metrics.callFinished("TransactWriteItems", 2, 1);
    metrics.callFinished("TransactWriteItems", 1, 1);
    metrics.callFinished("GetItem", 0, 0);

    assertThat(count(MeterNames.STORAGE_CLIENT_RETRIES, "TransactWriteItems")).isEqualTo(3);
    assertThat(count(MeterNames.STORAGE_CLIENT_THROTTLES, "TransactWriteItems")).isEqualTo(2);
    assertThat(registry.find(MeterNames.STORAGE_CLIENT_RETRIES).tag("operation", "GetItem").counter())
        .as("a call without retries adds no series").isNull();
  }

  private double count(String name, String operation) {
    return registry.get(name).tag("storage", "dynamodb").tag("operation", operation).counter().count();
  }
}
