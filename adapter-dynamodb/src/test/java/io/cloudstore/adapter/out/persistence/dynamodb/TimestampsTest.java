package io.cloudstore.adapter.out.persistence.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimestampsTest {

  @Test
  void format_alwaysWritesNineFractionDigits() {
    assertThat(Timestamps.format(Instant.parse("2026-11-25T10:15:30Z"))).isEqualTo("2026-11-25T10:15:30.000000000Z");
    assertThat(Timestamps.format(Instant.parse("2026-11-25T10:15:30.5Z"))).isEqualTo("2026-11-25T10:15:30.500000000Z");
  }

  @Test
  void format_sortsAsStringsInTimeOrder() {
    List<Instant> instants = List.of(
        Instant.parse("2026-11-25T10:15:30Z"), Instant.parse("2026-11-25T10:15:30.5Z"),
        Instant.parse("2026-11-25T10:15:30.000001Z"), Instant.parse("2026-11-25T10:15:31Z"));

    List<Instant> byString = instants.stream().sorted(Comparator.comparing(Timestamps::format)).toList();

    assertThat(byString).isSortedAccordingTo(Comparator.naturalOrder());
  }

  @Test
  void parse_ofFormat_returnsTheInstantToTheNanosecond() {
    Instant instant = Instant.parse("2026-11-25T10:15:30.123456789Z");

    assertThat(Timestamps.parse(Timestamps.format(instant))).isEqualTo(instant);
  }
}
