package io.cloudstore.adapter.out.metrics;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.function.ToLongFunction;

/**
 * The catalog read cache as meters: {@link MeterNames#CATALOG_CACHE_REQUESTS} by result and
 * {@link MeterNames#CATALOG_CACHE_PRODUCTS}. The cache keeps its own counts; these meters read them when
 * scraped, so nothing is added to a cached read. Like every Micrometer function meter they hold the cache
 * weakly: it must live as long as the registry does (the store holds it).
 *
 * <pre>{@code
 * CatalogCacheMetrics.register(registry, store.catalogCache(), cache -> cache.statistics().hits(),
 *     cache -> cache.statistics().misses(), cache -> cache.statistics().products());
 * }</pre>
 */
public final class CatalogCacheMetrics {
  private CatalogCacheMetrics() {}

  public static <C> void register(MeterRegistry registry, C cache, ToLongFunction<C> hits, ToLongFunction<C> misses,
      ToLongFunction<C> heldProducts) {
    requests(registry, "hit", cache, hits);
    requests(registry, "miss", cache, misses);
    Gauge.builder(MeterNames.CATALOG_CACHE_PRODUCTS, cache, c -> heldProducts.applyAsLong(c))
        .description("What the cached catalog answers hold, in products (a page counts its products)")
        .register(registry);
  }

  private static <C> void requests(MeterRegistry registry, String result, C cache, ToLongFunction<C> count) {
    FunctionCounter.builder(MeterNames.CATALOG_CACHE_REQUESTS, cache, c -> count.applyAsLong(c))
        .description("Catalog reads through the catalog cache, by result")
        .tag("result", result)
        .register(registry);
  }
}
