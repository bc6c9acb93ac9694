package io.cloudstore.application.cache;

import java.time.Duration;
import java.util.Objects;

/**
 * How the catalog read cache behaves.
 *
 * @param ttl how long an answer is served after the storage read that produced it began: the staleness
 *     bound of catalog pages, product views and the category list. Zero turns the cache off.
 * @param maxProducts how many products all cached answers may hold together: a page counts as the products
 *     on it, a product view as one, the category list as one (an answer always counts at least one). A
 *     product takes about 1 KB of heap with a few hundred characters of text, up to about 10 KB with the
 *     longest description allowed.
 */
public record CatalogCacheSettings(Duration ttl, int maxProducts) {
  public static final int DEFAULT_MAX_PRODUCTS = 10_000;

  public CatalogCacheSettings {
    Objects.requireNonNull(ttl, "ttl");
    if (ttl.isNegative()) {
      throw new IllegalArgumentException("ttl must not be negative");
    }
    if (maxProducts < 1) {
      throw new IllegalArgumentException("maxProducts must be at least 1");
    }
  }

  /** No caching: every catalog read goes to storage. */
  public static CatalogCacheSettings off() {
    return new CatalogCacheSettings(Duration.ZERO, DEFAULT_MAX_PRODUCTS);
  }

  /** Answers served for {@code ttl} (zero: off), at most {@link #DEFAULT_MAX_PRODUCTS} products held. */
  public static CatalogCacheSettings expiringAfter(Duration ttl) {
    return new CatalogCacheSettings(ttl, DEFAULT_MAX_PRODUCTS);
  }

  public boolean enabled() {
    return !ttl.isZero();
  }
}
