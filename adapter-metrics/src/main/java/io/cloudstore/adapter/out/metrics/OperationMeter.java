package io.cloudstore.adapter.out.metrics;

import io.cloudstore.application.port.out.persistence.ConcurrentUpdateException;
import io.cloudstore.application.port.out.persistence.IdempotencyKeyTakenException;
import io.cloudstore.application.port.out.persistence.PriceChangedException;
import io.cloudstore.application.port.out.persistence.StorageUnavailableException;
import io.cloudstore.domain.DomainException;
import io.cloudstore.domain.page.InvalidCursorException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/** Times the calls of one storage port, and counts the failed ones, per operation. */
final class OperationMeter {
  private static final Duration FASTEST_EXPECTED = Duration.ofNanos(100_000);
  private static final Duration SLOWEST_EXPECTED = Duration.ofSeconds(15);

  private final MeterRegistry registry;
  private final String storage;
  private final String repository;
  /** Built once per operation and outcome, not on every call. */
  private final Map<TimerKey, Timer> timers = new ConcurrentHashMap<>();

  private record TimerKey(String operation, String outcome) {}

  OperationMeter(MeterRegistry registry, String storage, String repository) {
    this.registry = registry;
    this.storage = storage;
    this.repository = repository;
  }

  <T> T call(String operation, Supplier<T> call) {
    long start = registry.config().clock().monotonicTime();
    String outcome = "error";
    try {
      T result = call.get();
      outcome = "success";
      return result;
    } catch (StorageUnavailableException e) {
      outcome = "unavailable";
      failed(operation, "unavailable");
      throw e;
    } catch (DomainException | ConcurrentUpdateException | PriceChangedException | IdempotencyKeyTakenException
        | InvalidCursorException e) {
      outcome = "rejected"; // the store answered: a rule or a condition said no
      throw e;
    } catch (RuntimeException | Error e) {
      failed(operation, "unexpected");
      throw e;
    } finally {
      timers.computeIfAbsent(new TimerKey(operation, outcome), this::timer).record(registry.config().clock().monotonicTime() - start, TimeUnit.NANOSECONDS);
    }
  }

  void run(String operation, Runnable call) {
    call(operation, () -> {
      call.run();
      return null;
    });
  }

  private Timer timer(TimerKey key) {
    return Timer.builder(MeterNames.STORAGE_OPERATIONS)
        .description("Calls of the storage ports, by repository, operation and outcome")
        .tags("storage", storage, "repository", repository, "operation", key.operation(), "outcome", key.outcome())
        .publishPercentileHistogram()
        .minimumExpectedValue(FASTEST_EXPECTED)
        .maximumExpectedValue(SLOWEST_EXPECTED)
        .register(registry);
  }

  private void failed(String operation, String error) {
    Counter.builder(MeterNames.STORAGE_ERRORS)
        .description("Storage port calls that failed: unavailable (after the adapter's retries) or unexpected")
        .tags("storage", storage, "repository", repository, "operation", operation, "error", error)
        .register(registry)
        .increment();
  }
}
