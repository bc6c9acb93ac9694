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
          + "\"statusErrors\":30,\"statuses\":{\"201\":1970,\"409\":30},\"fromSlot\":{\"answers\":0,\"p50Us\":0,\"p90Us\":0,\"p99Us\":0,\"maxUs\":0,"
          + "\"unstamped\":0}}\n";
  private static final String PACED =
      "BENCH_RESULT {\"requests\":3000,\"durationUs\":1000000,\"bytes\":1,\"p50Us\":300,\"p90Us\":700,"
          + "\"p99Us\":6100,\"maxUs\":69600,\"meanUs\":750.0,\"connect\":0,\"read\":0,\"write\":0,\"timeout\":0,"
          + "\"statusErrors\":0,\"statuses\":{},\"fromSlot\":{\"answers\":2998,\"p50Us\":350,\"p90Us\":900,"
          + "\"p99Us\":19180,\"maxUs\":69700,\"unstamped\":2}}\n";
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
    assertThat(result.timedFromSlot()).isFalse();
    assertThat(result.sentP99Millis()).isEqualTo(12.5);
  }

  @Test
  void parse_runAtASteadyRate_reportsLatencyFromEachSlotAndKeepsWrksOwnP99() {
    LoadResult result = LoadResult.parse(PACED);

    assertThat(result.timedFromSlot()).isTrue();
    assertThat(result.p50Millis()).isEqualTo(0.35);
    assertThat(result.p99Millis()).isEqualTo(19.18);
    assertThat(result.maxMillis()).isEqualTo(69.7);
    assertThat(result.sentP99Millis()).isEqualTo(6.1);
    assertThat(result.unstampedAnswers()).isEqualTo(2);
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
  void parse_lineWithoutSlotTimes_isTimedFromEachSend() {
    LoadResult result = LoadResult.parse(UNCOUNTED);

    assertThat(result.timedFromSlot()).isFalse();
    assertThat(result.p99Millis()).isEqualTo(2.0);
    assertThat(result.unstampedAnswers()).isZero();
  }

  @Test
  void parse_outputWithoutResultLine_failsWithTheOutput() {
    assertThatThrownBy(() -> LoadResult.parse("unable to connect to 127.0.0.1:1 Connection refused"))
        .isInstanceOf(BenchException.class)
        .hasMessageContaining("Connection refused");
  }
}
