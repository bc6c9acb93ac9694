package io.cloudstore.adapter.out.faults;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * How often and how storage calls go wrong.
 *
 * @param rate the share of calls that get a fault, 0 to 1
 * @param seed decides which calls get which fault: the same seed and the same sequence of calls give the
 *     same faults
 * @param kinds the faults to choose from, each equally likely
 * @param slowCall how long a {@link Fault#SLOW} call is held up
 * @param timeout how long a {@link Fault#TIMEOUT} call waits before it fails
 */
public record FaultPlan(double rate, long seed, Set<Fault> kinds, Duration slowCall, Duration timeout) {
  public FaultPlan {
    if (!(rate >= 0 && rate <= 1)) {
      throw new IllegalArgumentException("rate must be between 0 and 1, not " + rate);
    }
    kinds = Set.copyOf(kinds);
    if (rate > 0 && kinds.isEmpty()) {
      throw new IllegalArgumentException("a positive rate needs at least one kind of fault");
    }
    requireNotNegative(slowCall, "slowCall");
    requireNotNegative(timeout, "timeout");
  }

  /** Every kind of fault at {@code rate}, with short delays (5 ms slow calls, 20 ms timeouts). */
  public static FaultPlan everyKind(double rate, long seed) {
    return new FaultPlan(rate, seed, EnumSet.allOf(Fault.class), Duration.ofMillis(5), Duration.ofMillis(20));
  }

  /** No faults at all: the decorated storage behaves like the real one. */
  public static FaultPlan none() {
    return new FaultPlan(0, 0, Set.of(), Duration.ZERO, Duration.ZERO);
  }

  private static void requireNotNegative(Duration duration, String name) {
    Objects.requireNonNull(duration, name);
    if (duration.isNegative()) {
      throw new IllegalArgumentException(name + " must not be negative");
    }
  }
}
