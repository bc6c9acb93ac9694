package io.cloudstore.adapter.out.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudstore.application.cache.CatalogCache;
import io.cloudstore.application.cache.CatalogCacheSettings;
import io.cloudstore.application.port.in.product.BrowseCatalogUseCase;
import io.cloudstore.application.port.in.product.CatalogQuery;
import io.cloudstore.domain.fixtures.ManualClock;
import io.cloudstore.domain.fixtures.TestProducts;
import io.cloudstore.domain.page.Page;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class CatalogCacheMetricsTest {
  private static final int PRODUCTS_PER_PAGE = 19;

  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final CatalogCache cache =
      new CatalogCache(CatalogCacheSettings.expiringAfter(Duration.ofSeconds(5)), ManualClock.atT0());
  private final BrowseCatalogUseCase browse = cache.browseCatalog(query -> Page.last(
      Stream.generate(() -> TestProducts.aProduct().build()).limit(PRODUCTS_PER_PAGE).toList()));

  @Test
  void meters_readTheCachesOwnCountsWhenAsked() {
    CatalogCacheMetrics.register(registry, cache);
    assertThat(requests("hit")).isZero();
    assertThat(requests("miss")).isZero();

    List<CatalogQuery> threePages = List.of(
        CatalogQuery.firstPage(20), CatalogQuery.firstPage(21), CatalogQuery.firstPage(22));
    threePages.forEach(browse::browse);
    for (int i = 0; i < 41; i++) {
      browse.browse(threePages.get(i % 3));
    }

    assertThat(requests("hit")).isEqualTo(41);
    assertThat(requests("miss")).isEqualTo(3);
    assertThat(registry.get(MeterNames.CATALOG_CACHE_PRODUCTS).gauge().value()).isEqualTo(57);
  }

  private double requests(String result) {
    return registry.get(MeterNames.CATALOG_CACHE_REQUESTS).tag("result", result).functionCounter().count();
  }
}
