package io.cloudstore.adapter.out.metrics;

import io.cloudstore.application.cache.CatalogCache;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.function.ToDoubleFunction;

/**
 * The catalog read cache as meters: {@link MeterNames#CATALOG_CACHE_REQUESTS} by result and
 * {@link MeterNames#CATALOG_CACHE_PRODUCTS}. The cache keeps its own counts; these meters read them when
 * scraped, so nothing is added to a cached read. Like every Micrometer function meter they hold the cache
 * weakly: it must live as long as the registry does (the store holds it).
 *
 * <pre>{@code
 * CatalogCacheMetrics.register(registry, store.catalogCache());
 * }</pre>
 */
public final class CatalogCacheMetrics {
  private CatalogCacheMetrics() {}

  public static void register(MeterRegistry registry, CatalogCache cache) {
    requests(registry, "hit", cache, c -> c.statistics().hits());
    requests(registry, "miss", cache, c -> c.statistics().misses());
    Gauge.builder(MeterNames.CATALOG_CACHE_PRODUCTS, cache, c -> c.statistics().products())
        .description("What the cached catalog answers hold, in products (a page counts its products)")
        .register(registry);
  }

  private static void requests(
      MeterRegistry registry, String result, CatalogCache cache, ToDoubleFunction<CatalogCache> count) {
    FunctionCounter.builder(MeterNames.CATALOG_CACHE_REQUESTS, cache, count)
        .description("Catalog reads through the catalog cache, by result")
        .tag("result", result)
        .register(registry);
  }
}
