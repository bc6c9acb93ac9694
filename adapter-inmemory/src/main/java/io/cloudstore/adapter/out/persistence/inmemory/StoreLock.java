package io.cloudstore.adapter.out.persistence.inmemory;

import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * The lock of the sorted indexes and the user table: writes that change an index (a product created,
 * renamed, moved to another category or deleted; a user registered or changed) take the write lock; scans
 * of an index (catalog pages, categories) and user lookups share the read lock. Checkouts, cancellations
 * and shipping take none of it: they change only stock, orders, carts and idempotency records, which live
 * in concurrent maps and sets, under {@link AggregateLocks}. Measured with 64 connections on 2 cores, one
 * lock for every checkout made the slowest requests queue behind each other's writes: 450 waits of over
 * 10 ms in 8 s.
 *
 * <p>Lookups by key take no lock: they read concurrent maps of immutable values, so they see each aggregate
 * whole, but may see one aggregate of a checkout before another, exactly as DynamoDB's non-transactional
 * reads may. Writes are short and wait for nothing but locks taken in one order (aggregate locks, then this
 * one), so they cannot deadlock.
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
