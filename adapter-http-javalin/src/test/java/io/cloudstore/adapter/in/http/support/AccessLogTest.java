package io.cloudstore.adapter.in.http.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AccessLogTest {
  @Test
  void tenths_writesOneDecimal() {
    assertThat(AccessLog.tenths(0f)).isEqualTo("0.0");
    assertThat(AccessLog.tenths(7f)).isEqualTo("7.0");
    assertThat(AccessLog.tenths(12.34f)).isEqualTo("12.3");
    assertThat(AccessLog.tenths(0.96f)).isEqualTo("1.0");
    assertThat(AccessLog.tenths(20_431.27f)).isEqualTo("20431.3");
  }

  @Test
  void tenths_agreesWithStringFormat_awayFromHalfwayPoints() {
    var random = new Random(20261125);
    for (int i = 0; i < 10_000; i++) {
      float millis = random.nextFloat() * 5_000;
      float tenthsPart = millis * 10 - (float) Math.floor(millis * 10);
      if (Math.abs(tenthsPart - 0.5f) < 0.01f) {
        continue; // float rounding may legitimately go either way here
      }
      assertThat(AccessLog.tenths(millis)).as("%s ms", millis)
          .isEqualTo(String.format(Locale.ROOT, "%.1f", millis));
    }
  }
}
