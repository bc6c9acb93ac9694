package io.cloudstore.adapter.out.persistence.dynamodb;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Waits between attempts of a write that lost a race with another write: exponential with full
 * jitter, so that the racers spread out instead of colliding again, and capped.
 */
final class Backoff {
  /** Attempts of one write, the first included. */
  static final int MAX_ATTEMPTS = 5;

  private final Duration base;
  private final Duration cap;

  Backoff(Duration base, Duration cap) {
    this.base = base;
    this.cap = cap;
  }

  static Backoff standard() {
    return new Backoff(Duration.ofMillis(25), Duration.ofMillis(800));
  }

  /** Waits before attempt {@code nextAttempt} (2 or more). */
  void pause(String operation, int nextAttempt) {
    long ceiling = Math.min(cap.toMillis(), base.toMillis() << Math.min(nextAttempt - 1, 16));
    try {
      Thread.sleep(ThreadLocalRandom.current().nextLong(ceiling + 1));
    } catch (InterruptedException e) {
      throw StorageErrors.interrupted(operation, e);
    }
  }
}
