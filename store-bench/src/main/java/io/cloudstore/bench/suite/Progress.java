package io.cloudstore.bench.suite;

import java.io.PrintStream;
import java.util.Locale;

/** One line per step while the suite runs, with the seconds since it started, so a long run shows life. */
final class Progress {
  private final PrintStream out;
  private final long start = System.nanoTime();

  Progress(PrintStream out) {
    this.out = out;
  }

  void step(String what) {
    out.println(String.format(Locale.ROOT, "[%6.1f s] %s", (System.nanoTime() - start) / 1e9, what));
    out.flush();
  }

  void measured(LoadRow row) {
    LoadResult r = row.result();
    step(String.format(Locale.ROOT, "%s (%s, %d connections): %,.0f requests/s, p50 %.2f ms, p99 %.2f ms, %d errors",
        row.scenario(), row.storage(), row.connections(), r.requestsPerSecond(), r.p50Millis(), r.p99Millis(),
        row.errors()));
  }
}
