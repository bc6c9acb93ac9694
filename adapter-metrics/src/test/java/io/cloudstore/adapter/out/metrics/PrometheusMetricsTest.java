package io.cloudstore.adapter.out.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.Counter;
import org.junit.jupiter.api.Test;

class PrometheusMetricsTest {
  @Test
  void scrape_showsJvmAndProcessMetersAndOurOwn_inPrometheusTextFormat() {
    try (PrometheusMetrics metrics = PrometheusMetrics.create()) {
      Counter.builder(MeterNames.ORDERS_SHIPPED).register(metrics.registry()).increment(3);

      String scrape = metrics.scrape();

      assertThat(scrape).contains(
          "# TYPE jvm_memory_used_bytes gauge",
          "jvm_gc_",
          "jvm_threads_live_threads",
          "process_uptime_seconds",
          "process_cpu_usage",
          "cloudstore_orders_shipped_total{application=\"cloud-store\"} 3.0");
      assertThat(PrometheusMetrics.CONTENT_TYPE).startsWith("text/plain; version=0.0.4");
    }
  }

  @Test
  void off_keepsNoMeter_soRecordingCostsNothing() {
    try (PrometheusMetrics metrics = PrometheusMetrics.off()) {
      Counter shipped = Counter.builder(MeterNames.ORDERS_SHIPPED).register(metrics.registry());
      shipped.increment(3);

      assertThat(shipped.count()).isZero();
      assertThat(metrics.registry().getMeters()).isEmpty();
      assertThatThrownBy(metrics::scrape).isInstanceOf(IllegalStateException.class);
    }
  }
}
