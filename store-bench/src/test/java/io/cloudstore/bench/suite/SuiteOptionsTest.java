package io.cloudstore.bench.suite;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuiteOptionsTest {

  @Test
  void memoryBudget_keepsItsCollector_whenTheSuiteChoosesNone() {
    SuiteOptions options = SuiteOptions.parse(List.of("--jvm-flags", "-XX:MaxGCPauseMillis=20"));

    assertThat(options.memoryBudgetFlagList()).containsExactly("-XX:+UseSerialGC", "-Xmx96m");
  }

  @Test
  void memoryBudget_dropsItsCollector_forTheOneTheSuiteChose() {
    SuiteOptions options = SuiteOptions.parse(List.of("--jvm-flags", "-XX:+UseZGC -Xlog:gc"));

    assertThat(options.memoryBudgetFlagList()).containsExactly("-Xmx96m");
    assertThat(options.jvmFlagList()).containsExactly("-XX:+UseZGC", "-Xlog:gc");
  }
}
