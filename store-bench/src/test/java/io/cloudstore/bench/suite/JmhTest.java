package io.cloudstore.bench.suite;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class JmhTest {
  @Test
  void parse_jmhJson_keepsClassAndMethodWithParametersAndScore() {
    String json = "[{\"benchmark\":\"io.cloudstore.bench.jmh.CatalogBenchmark.firstPage\",\"mode\":\"avgt\","
        + "\"params\":{\"catalogSize\":\"1000\"},"
        + "\"primaryMetric\":{\"score\":1.25,\"scoreError\":0.05,\"scoreUnit\":\"us/op\"}},"
        + "{\"benchmark\":\"io.cloudstore.bench.jmh.PlaceOrderBenchmark.placeOrderOneThread\",\"mode\":\"thrpt\","
        + "\"primaryMetric\":{\"score\":250000.0,\"scoreError\":\"NaN\",\"scoreUnit\":\"ops/s\"}}]";

    List<Jmh.Score> scores = Jmh.parse(json);

    assertThat(scores).hasSize(2);
    assertThat(scores.get(0)).isEqualTo(
        new Jmh.Score("CatalogBenchmark.firstPage", "catalogSize=1000", "avgt", 1.25, 0.05, "us/op"));
    assertThat(scores.get(1).benchmark()).isEqualTo("PlaceOrderBenchmark.placeOrderOneThread");
    assertThat(scores.get(1).params()).isEmpty();
    assertThat(scores.get(1).error()).isNaN();
  }
}
