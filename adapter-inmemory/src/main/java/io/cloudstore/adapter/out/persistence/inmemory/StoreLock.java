package io.cloudstore.adapter.out.persistence.inmemory;

import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * The one lock that guards all in-memory data. A write that touches several aggregates (a checkout takes
 * stock, stores the order, deletes the cart and records the idempotency key) runs as one step, and a read
 * sees either all of a write or none of it. Reads share the lock; writes are short and never wait for
 * anything but the lock, so one lock cannot deadlock.
 */
final class StoreLock {
  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

  <T> T read(Supplier<T> action) {
    lock.readLock().lock();
    try {
      return action.get();
    } finally {
      lock.readLock().unlock();
    }
  }

  <T> T write(Supplier<T> action) {
    lock.writeLock().lock();
    try {
      return action.get();
    } finally {
      lock.writeLock().unlock();
    }
  }

  void write(Runnable action) {
    write(() -> {
      action.run();
      return null;
    });
  }
}
