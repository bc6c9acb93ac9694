package io.cloudstore.bench.suite;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The same results as {@link MarkdownReport}, as JSON for tools that compare runs. */
final class JsonReport {
  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonReport() {}

  static String render(Results results) {
    ObjectNode root = JSON.createObjectNode();
    Machine m = results.machine();
    root.put("date", m.date().toString());
    root.put("profile", results.profile().name());
    root.putObject("machine").put("cores", m.cores()).put("cpu", m.cpuModel()).put("memoryBytes", m.memoryBytes())
        .put("java", m.javaVersion()).put("os", m.os()).put("loadAverage", m.loadAverage());
    root.put("jvmFlags", results.jvmFlags());
    root.put("measured", results.subject());
    ArrayNode loads = root.putArray("loads");
    for (LoadRow row : results.loads()) {
      ObjectNode load = loads.addObject()
          .put("scenario", row.scenario())
          .put("storage", row.storage())
          .put("connections", row.connections())
          .put("requests", row.result().requests())
          .put("requestsPerSecond", row.result().requestsPerSecond())
          .put("p50Millis", row.result().p50Millis())
          .put("p99Millis", row.result().p99Millis())
          .put("maxMillis", row.result().maxMillis())
          .put("errors", row.errors())
          .put("reference", row.reference());
      row.referenceRequestsPerSecond().ifPresent(r -> load.put("referenceRequestsPerSecond", r));
      row.ratio().ifPresent(r -> load.put("ratio", r));
      ObjectNode statuses = load.putObject("statuses");
      row.result().statuses().forEach((status, count) -> statuses.put(Integer.toString(status), count));
    }
    ArrayNode targets = root.putArray("targets");
    results.targets().forEach(t -> targets.addObject().put("target", t.target()).put("requirement", t.requirement())
        .put("measured", t.measured()).put("verdict", t.verdict().name()));
    ArrayNode costs = root.putArray("dynamoDbCheckoutWriteUnits");
    results.checkoutCosts().forEach(c -> costs.addObject().put("lines", c.lines()).put("productBytes", c.productBytes())
        .put("orderBytes", c.orderBytes()).put("cartBytes", c.cartBytes()).put("idempotencyBytes", c.idempotencyBytes())
        .put("writeUnits", c.writeUnits()).put("statedWriteUnits", c.statedWriteUnits()));
    ArrayNode jmh = root.putArray("jmh");
    results.jmh().forEach(s -> jmh.addObject().put("benchmark", s.benchmark()).put("params", s.params())
        .put("mode", s.mode()).put("score", s.score()).put("error", s.error()).put("unit", s.unit()));
    ArrayNode notes = root.putArray("notes");
    results.notes().forEach(notes::add);
    ArrayNode failures = root.putArray("failures");
    results.failures().forEach(failures::add);
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new BenchException("cannot write the JSON results", e);
    }
  }
}
