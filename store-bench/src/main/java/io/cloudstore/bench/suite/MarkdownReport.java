package io.cloudstore.bench.suite;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/** Renders a run's results as the Markdown that is printed and written to {@code bench/results/}. */
final class MarkdownReport {
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private MarkdownReport() {}

  static String render(Results results) {
    var md = new StringBuilder();
    md.append("# Cloud Store benchmark, ").append(DATE.format(results.machine().date()))
        .append(" (").append(results.profile().name()).append(" run)\n\n");
    md.append("- Machine: ").append(results.machine().summary()).append('\n');
    if (!results.subject().isEmpty()) {
      md.append("- Measured: ").append(results.subject()).append('\n');
    }
    md.append("- JVM flags of the shop and of the references: ")
        .append(results.jvmFlags().isBlank() ? "none (JVM defaults)" : "`" + results.jvmFlags() + "`").append('\n');
    md.append("- Load generator: wrk on the same cores as the server. Rows run flat out (each connection sends "
        + "again as soon as it is answered, so latency is mostly the queue of the other connections; wrk's "
        + "latency) unless named \"at a steady rate\" (requests offered on a fixed schedule and timed from "
        + "their slot in it, the wait for a free connection included).\n\n");
    md.append(loadTable(results.loads()));
    md.append("\n## Targets\n\n");
    md.append(targetTable(results.targets()));
    if (!results.checkoutCosts().isEmpty()) {
      md.append("\n## DynamoDB write units per checkout (from the items stored)\n\n");
      md.append(checkoutCostTable(results.checkoutCosts()));
    }
    if (!results.jmh().isEmpty()) {
      md.append("\n## JMH: the core's hot paths (in memory, no HTTP)\n\n");
      md.append(jmhTable(results.jmh()));
    }
    if (!results.notes().isEmpty()) {
      md.append("\n## Notes\n\n");
      results.notes().forEach(note -> md.append("- ").append(note).append('\n'));
    }
    md.append("\n## Failures\n\n");
    if (results.failures().isEmpty()) {
      md.append("None: every scenario answered without errors and every stock audit passed.\n");
    } else {
      results.failures().forEach(failure -> md.append("- ").append(failure).append('\n'));
    }
    return md.toString();
  }

  static String loadTable(List<LoadRow> rows) {
    var md = new StringBuilder();
    md.append("| scenario | storage | connections | requests/s | p50 ms | p99 ms | errors | reference | ratio |\n");
    md.append("|---|---|---:|---:|---:|---:|---:|---|---:|\n");
    for (LoadRow row : rows) {
      LoadResult r = row.result();
      md.append("| ").append(row.scenario())
          .append(" | ").append(row.storage())
          .append(" | ").append(row.connections())
          .append(" | ").append(format("%,.0f", r.requestsPerSecond()))
          .append(" | ").append(format("%.2f", r.p50Millis()))
          .append(" | ").append(format("%.2f", r.p99Millis()))
          .append(" | ").append(row.errors())
          .append(" | ").append(row.reference()).append(referenceRate(row.referenceRequestsPerSecond()))
          .append(" | ").append(row.ratio().isPresent() ? format("%.2f", row.ratio().getAsDouble()) : "–")
          .append(" |\n");
    }
    return md.toString();
  }

  static String targetTable(List<TargetRow> rows) {
    var md = new StringBuilder("| target | requirement | measured | verdict |\n|---|---|---|---|\n");
    for (TargetRow row : rows) {
      md.append("| ").append(row.target()).append(" | ").append(row.requirement()).append(" | ")
          .append(row.measured()).append(" | ").append(row.verdict().label()).append(" |\n");
    }
    return md.toString();
  }

  private static String checkoutCostTable(List<DynamoDbWriteUnits.Checkout> costs) {
    var md = new StringBuilder(
        "| lines | product item B | order item B | cart item B | idempotency item B | write units | stated 2 × (n + 3) |\n"
            + "|---:|---:|---:|---:|---:|---:|---:|\n");
    for (DynamoDbWriteUnits.Checkout c : costs) {
      md.append("| ").append(c.lines()).append(" | ").append(c.productBytes()).append(" | ").append(c.orderBytes())
          .append(" | ").append(c.cartBytes() == 0 ? "none (delete of a missing item)" : c.cartBytes())
          .append(" | ").append(c.idempotencyBytes()).append(" | ").append(c.writeUnits())
          .append(" | ").append(c.statedWriteUnits()).append(" |\n");
    }
    return md.toString();
  }

  private static String jmhTable(List<Jmh.Score> scores) {
    var md = new StringBuilder("| benchmark | parameters | mode | score | error | unit |\n|---|---|---|---:|---:|---|\n");
    for (Jmh.Score s : scores) {
      md.append("| ").append(s.benchmark()).append(" | ").append(s.params().isEmpty() ? "–" : s.params())
          .append(" | ").append(s.mode()).append(" | ").append(format("%,.3f", s.score()))
          .append(" | ").append(Double.isNaN(s.error()) ? "–" : format("%,.3f", s.error()))
          .append(" | ").append(s.unit()).append(" |\n");
    }
    return md.toString();
  }

  private static String referenceRate(OptionalDouble rate) {
    return rate.isPresent() ? format(" (%,.0f/s)", rate.getAsDouble()) : "";
  }

  static String format(String pattern, double value) {
    return String.format(Locale.ROOT, pattern, value);
  }
}
