package io.cloudstore.adapter.out.persistence.inmemory;

import java.util.Collection;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Locks chosen by key, for writes that must check before they change: a checkout locks its shopper and
 * every product it takes units of, so checkouts by different shoppers of different products run side by
 * side and two that share a product take turns. Keys map onto a fixed set of stripes; two keys may share
 * one, which costs a little waiting, never a wrong answer. Stripes are always locked in ascending order,
 * so two writers can never each hold what the other waits for.
 */
final class AggregateLocks {
  private static final int STRIPES = 1024;

  private final ReentrantLock[] stripes = new ReentrantLock[STRIPES];

  AggregateLocks() {
    for (int i = 0; i < STRIPES; i++) {
      stripes[i] = new ReentrantLock();
    }
  }

  <T> T holding(Collection<?> keys, Supplier<T> action) {
    int[] held = keys.stream().mapToInt(AggregateLocks::stripeOf).distinct().sorted().toArray();
    for (int stripe : held) {
      stripes[stripe].lock();
    }
    try {
      return action.get();
    } finally {
      for (int i = held.length - 1; i >= 0; i--) {
        stripes[held[i]].unlock();
      }
    }
  }

  void holding(Collection<?> keys, Runnable action) {
    holding(keys, () -> {
      action.run();
      return null;
    });
  }

  static int stripeOf(Object key) {
    int hash = key.hashCode();
    return (hash ^ (hash >>> 16)) & (STRIPES - 1);
  }
}
