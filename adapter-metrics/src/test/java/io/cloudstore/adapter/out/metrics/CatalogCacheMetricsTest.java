package io.cloudstore.adapter.out.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class CatalogCacheMetricsTest {
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  /** Stands in for the cache: its counts, as the meters read them. */
  private record Counts(AtomicLong hits, AtomicLong misses, AtomicLong products) {}

  private final Counts counts = new Counts(new AtomicLong(), new AtomicLong(), new AtomicLong());

  @Test
  void meters_readTheCachesOwnCountsWhenAsked() {
    CatalogCacheMetrics.register(registry, counts, c -> c.hits().get(), c -> c.misses().get(),
        c -> c.products().get());
    assertThat(requests("hit")).isZero();
    assertThat(requests("miss")).isZero();

    counts.hits().set(41);
    counts.misses().set(3);
    counts.products().set(57);

    assertThat(requests("hit")).isEqualTo(41);
    assertThat(requests("miss")).isEqualTo(3);
    assertThat(registry.get(MeterNames.CATALOG_CACHE_PRODUCTS).gauge().value()).isEqualTo(57);
  }

  private double requests(String result) {
    return registry.get(MeterNames.CATALOG_CACHE_REQUESTS).tag("result", result).functionCounter().count();
  }
}
