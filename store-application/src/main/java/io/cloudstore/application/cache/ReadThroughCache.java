package io.cloudstore.application.cache;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * Answers kept for a fixed time after their load began, bounded by weight, loaded once per key however
 * many requests ask at the same time.
 *
 * <ul>
 *   <li><b>Expiry.</b> An answer is served while {@code loadStart <= now < loadStart + ttl}, with {@code now}
 *       from the clock. Timing from the start of the load (not its end) makes {@code ttl} a true bound on how
 *       old a served answer is; an answer is also treated as expired if the clock went back before its load.
 *   <li><b>Single flight.</b> A miss puts a pending entry in the map and loads on the caller's thread;
 *       requests for the same key meanwhile wait for that load. A failed load is removed before its
 *       waiters are woken, and every waiter gets the same exception: failures are never cached.
 *   <li><b>Bound.</b> Entries are kept in the order their loads began, which, as all live equally long, is
 *       also the order they expire in. When the total weight exceeds the bound, the expired entries at the
 *       head go first; if that is not enough, the oldest entries (the next to expire anyway) go too, a
 *       pending one included (its waiters still get its answer, which is then not kept).
 *   <li><b>Invalidation</b> empties the map. A load that began before it completes for its own waiters but
 *       is not kept, so nobody who asks after the invalidation is served something read before it.
 * </ul>
 *
 * <p>All bookkeeping happens under this object's lock; loads run outside it.
 */
final class ReadThroughCache {
  private final Duration ttl;
  private final long maxWeight;
  private final Clock clock;
  private final LinkedHashMap<CacheKey<?>, Entry> entries = new LinkedHashMap<>();
  private long weight;
  private final LongAdder hits = new LongAdder();
  private final LongAdder misses = new LongAdder();

  ReadThroughCache(Duration ttl, long maxWeight, Clock clock) {
    this.ttl = ttl;
    this.maxWeight = maxWeight;
    this.clock = clock;
  }

  /** The answer for {@code key}: a fresh cached one, the one a running load produces, or {@code loader}'s. */
  <V> V get(CacheKey<V> key, Supplier<V> loader) {
    Entry entry;
    boolean mine = false;
    synchronized (this) {
      Instant now = clock.instant();
      entry = entries.get(key);
      if (entry == null || !entry.isFreshAt(now, ttl)) {
        if (entry != null) {
          remove(key);
        }
        entry = new Entry(now);
        entries.put(key, entry);
        weight += entry.weight;
        evictWhileOver(now);
        mine = true;
      }
    }
    if (mine) {
      misses.increment();
      return load(key, entry, loader);
    }
    hits.increment();
    return awaitLoad(key, entry);
  }

  synchronized void invalidateAll() {
    entries.clear();
    weight = 0;
  }

  synchronized CatalogCacheStatistics statistics() {
    return new CatalogCacheStatistics(hits.sum(), misses.sum(), entries.size(), weight);
  }

  private <V> V load(CacheKey<V> key, Entry entry, Supplier<V> loader) {
    V value;
    try {
      value = Objects.requireNonNull(loader.get(), "a catalog read returned null");
    } catch (Throwable failure) {
      synchronized (this) {
        if (entries.get(key) == entry) {
          remove(key);
        }
      }
      entry.answer.completeExceptionally(failure);
      throw failure;
    }
    synchronized (this) {
      if (entries.get(key) == entry) {
        int loadedWeight = key.weigh(value);
        weight += loadedWeight - entry.weight;
        entry.weight = loadedWeight;
        evictWhileOver(clock.instant());
      }
    }
    entry.answer.complete(value);
    return value;
  }

  /** The key decides the answer's type when the entry is made, so the cast cannot fail. */
  @SuppressWarnings("unchecked")
  private static <V> V awaitLoad(CacheKey<V> key, Entry entry) {
    try {
      return (V) entry.answer.join();
    } catch (CompletionException e) {
      Throwable failure = e.getCause();
      if (failure instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (failure instanceof Error error) {
        throw error;
      }
      throw e;
    }
  }

  private void evictWhileOver(Instant now) {
    if (weight <= maxWeight) {
      return;
    }
    Iterator<Map.Entry<CacheKey<?>, Entry>> oldestFirst = entries.entrySet().iterator();
    while (oldestFirst.hasNext()) {
      Entry oldest = oldestFirst.next().getValue();
      if (weight <= maxWeight && oldest.isFreshAt(now, ttl)) {
        return;
      }
      oldestFirst.remove();
      weight -= oldest.weight;
    }
  }

  private void remove(CacheKey<?> key) {
    weight -= entries.remove(key).weight;
  }

  /** A load, pending or done. Its weight counts 1 until the answer is there to be weighed. */
  private static final class Entry {
    final Instant loadStart;
    final CompletableFuture<Object> answer = new CompletableFuture<>();
    int weight = 1;

    Entry(Instant loadStart) {
      this.loadStart = loadStart;
    }

    boolean isFreshAt(Instant now, Duration ttl) {
      return !now.isBefore(loadStart) && now.isBefore(loadStart.plus(ttl));
    }
  }
}
