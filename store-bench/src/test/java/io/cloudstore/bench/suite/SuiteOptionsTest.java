package io.cloudstore.bench.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SuiteOptionsTest {
  @Test
  void parse_noArguments_runsTheFullProfileWithEverything() {
    SuiteOptions options = SuiteOptions.parse(List.of("--root", "/repo"));

    assertThat(options.profile().isSmoke()).isFalse();
    assertThat(options.dynamoDb()).isTrue();
    assertThat(options.jmh()).isTrue();
    assertThat(options.shopJar()).isEqualTo(Path.of("/repo/store-bootstrap/target/cloud-store.jar"));
    assertThat(options.luaDirectory()).isEqualTo(Path.of("/repo/bench/lua"));
    assertThat(options.jvmFlagList()).isEmpty();
    assertThat(options.memoryBudgetFlagList()).containsExactly("-XX:+UseSerialGC", "-Xmx96m");
    assertThat(options.checkoutFlagList()).containsExactly("-XX:MaxTenuringThreshold=1");
  }

  @Test
  void parse_checkoutFlags_replaceTheStatedSettingOrRemoveIt() {
    assertThat(SuiteOptions.parse(List.of("--checkout-flags", "-XX:MaxGCPauseMillis=20 -XX:+UseG1GC"))
        .checkoutFlagList()).containsExactly("-XX:MaxGCPauseMillis=20", "-XX:+UseG1GC");
    assertThat(SuiteOptions.parse(List.of("--checkout-flags", "")).checkoutFlagList()).isEmpty();
  }

  @Test
  void checkoutFlags_collectorChosenByJvmFlags_replacesTheirs() {
    SuiteOptions options = SuiteOptions.parse(
        List.of("--jvm-flags", "-XX:+UseZGC", "--checkout-flags", "-XX:+UseG1GC -XX:MaxTenuringThreshold=1"));

    assertThat(options.checkoutFlagList()).containsExactly("-XX:MaxTenuringThreshold=1");
  }

  @Test
  void parse_smokeAndExclusions_areHonoured() {
    SuiteOptions options = SuiteOptions.parse(List.of("--smoke", "--no-dynamodb", "--no-jmh", "--jfr"));

    assertThat(options.profile().isSmoke()).isTrue();
    assertThat(options.dynamoDb()).isFalse();
    assertThat(options.jmh()).isFalse();
    assertThat(options.jfr()).isTrue();
  }

  @Test
  void parse_jvmFlags_areSplitOnWhitespace() {
    SuiteOptions options = SuiteOptions.parse(List.of("--jvm-flags", " -Xmx128m  -XX:+UseSerialGC "));

    assertThat(options.jvmFlagList()).containsExactly("-Xmx128m", "-XX:+UseSerialGC");
  }

  @Test
  void parse_unknownOptionOrBadCost_isRefused() {
    assertThatThrownBy(() -> SuiteOptions.parse(List.of("--fast"))).hasMessageContaining("--fast");
    assertThatThrownBy(() -> SuiteOptions.parse(List.of("--bcrypt-cost", "3"))).hasMessageContaining("4 and 31");
    assertThatThrownBy(() -> SuiteOptions.parse(List.of("--jar"))).hasMessageContaining("needs a value");
  }

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
