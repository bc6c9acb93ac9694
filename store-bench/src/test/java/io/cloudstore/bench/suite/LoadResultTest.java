package io.cloudstore.bench.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class LoadResultTest {
  private static final String COUNTED =
      "Running 10s test @ http://127.0.0.1:8080/\n"
          + "BENCH_RESULT {\"requests\":2000,\"durationUs\":10000000,\"bytes\":123,\"p50Us\":1500,\"p90Us\":3000,"
          + "\"p99Us\":12500,\"maxUs\":40000,\"meanUs\":1700.5,\"connect\":0,\"read\":1,\"write\":0,\"timeout\":2,"
          + "\"statusErrors\":30,\"statuses\":{\"201\":1970,\"409\":30},\"lateMaxMs\":31.5,\"lateSends\":7}\n";
  private static final String UNCOUNTED =
      "BENCH_RESULT {\"requests\":500,\"durationUs\":5000000,\"bytes\":1,\"p50Us\":900,\"p90Us\":1000,"
          + "\"p99Us\":2000,\"maxUs\":3000,\"meanUs\":950.0,\"connect\":0,\"read\":0,\"write\":0,\"timeout\":0,"
          + "\"statusErrors\":4,\"statuses\":{}}";

  @Test
  void parse_resultLine_readsRateAndLatencyInMilliseconds() {
    LoadResult result = LoadResult.parse(COUNTED);

    assertThat(result.requests()).isEqualTo(2000);
    assertThat(result.requestsPerSecond()).isEqualTo(200.0);
    assertThat(result.p50Millis()).isEqualTo(1.5);
    assertThat(result.p99Millis()).isEqualTo(12.5);
    assertThat(result.maxMillis()).isEqualTo(40.0);
    assertThat(result.lateMaxMillis()).isEqualTo(31.5);
    assertThat(result.lateSends()).isEqualTo(7);
  }

  @Test
  void errors_countedStatuses_areSocketErrorsPlusUnexpectedStatuses() {
    LoadResult result = LoadResult.parse(COUNTED);

    assertThat(result.errors(Set.of(201, 409))).isEqualTo(3);
    assertThat(result.errors(Set.of(201))).isEqualTo(33);
    assertThat(result.count(409)).isEqualTo(30);
  }

  @Test
  void errors_statusesNotCounted_areWrksCountOfAnswersFrom400() {
    assertThat(LoadResult.parse(UNCOUNTED).errors(Set.of(200))).isEqualTo(4);
  }

  @Test
  void parse_runNotPaced_hasNoLateSends() {
    LoadResult result = LoadResult.parse(UNCOUNTED);

    assertThat(result.lateMaxMillis()).isZero();
    assertThat(result.lateSends()).isZero();
  }

  @Test
  void parse_outputWithoutResultLine_failsWithTheOutput() {
    assertThatThrownBy(() -> LoadResult.parse("unable to connect to 127.0.0.1:1 Connection refused"))
        .isInstanceOf(BenchException.class)
        .hasMessageContaining("Connection refused");
  }
}
