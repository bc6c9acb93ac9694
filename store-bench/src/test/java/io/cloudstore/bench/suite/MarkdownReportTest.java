package io.cloudstore.bench.suite;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MarkdownReportTest {
  private final Results results = new Results(
      new Machine(2, "AMD EPYC", 24L << 30, "OpenJDK 17", "Linux", "0.10 0.20 0.30", Instant.parse("2026-11-25T12:00:00Z")),
      Profile.full(), "-Xmx160m");

  @Test
  void render_loadRow_showsRateLatencyErrorsAndRatioToItsReference() {
    results.add(new LoadRow("catalog page", "memory", 64,
        new LoadResult(90_000, 10, 1_000, 2.5, 9.75, 30, 0, 0, Map.of(), false, 9.75, 0), Set.of(200), "bare /page",
        OptionalDouble.of(12_000)));

    String markdown = MarkdownReport.render(results);

    assertThat(markdown)
        .contains("| catalog page | memory | 64 | 9,000 | 2.50 | 9.75 | 0 | bare /page (12,000/s) | 0.75 |")
        .contains("2 cores (AMD EPYC)")
        .contains("`-Xmx160m`")
        .contains("None: every scenario answered without errors");
  }

  @Test
  void render_rowWithErrors_isListedAsAFailure() {
    results.add(new LoadRow("checkout", "memory", 64,
        new LoadResult(100, 1, 1, 1, 2, 3, 1, 2, Map.of(), false, 2, 0), Set.of(201), "–", OptionalDouble.empty()));

    assertThat(results.failures()).singleElement().asString().contains("checkout (memory) had 3 errors");
    assertThat(MarkdownReport.render(results)).contains("| – |\n").doesNotContain("None: every scenario");
  }

  @Test
  void render_targets_showVerdicts() {
    results.target(new TargetRow("memory", "RSS < 250 MB", "180 MiB", TargetRow.Verdict.MET));
    results.target(new TargetRow("start-up", "< 1.0 s", "1400 ms", TargetRow.Verdict.MISSED));

    assertThat(MarkdownReport.render(results))
        .contains("| memory | RSS < 250 MB | 180 MiB | met |")
        .contains("| start-up | < 1.0 s | 1400 ms | MISSED |");
  }
}
