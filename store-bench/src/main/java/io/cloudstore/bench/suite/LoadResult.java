package io.cloudstore.bench.suite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What one wrk run measured: completed requests, their rate and latency percentiles. Socket errors are
 * connection, read and write errors and timeouts; status errors are wrk's count of answers >= 400.
 * {@code statuses} holds every status seen, but only for runs that asked the script to count them.
 *
 * <p>wrk times a request from when it is sent. A run at a steady rate times it from its slot instead, the
 * moment its shopper arrived (see {@code common.stamp} in {@code bench/lua/common.lua}): then
 * {@code timedFromSlot} is set and the percentiles include any wait for a free connection.
 *
 * @param sentP99Millis wrk's own p99, timed from each send (wrk then adds made-up samples for the waits it
 *     estimates it missed); the same as {@code p99Millis} unless timed from slots
 * @param unstampedAnswers answers of a run at a steady rate that named no slot, so were not timed
 */
record LoadResult(
    long requests,
    double seconds,
    long bytes,
    double p50Millis,
    double p99Millis,
    double maxMillis,
    long socketErrors,
    long statusErrors,
    Map<Integer, Long> statuses,
    boolean timedFromSlot,
    double sentP99Millis,
    long unstampedAnswers) {

  static final String MARKER = "BENCH_RESULT ";
  private static final ObjectMapper JSON = new ObjectMapper();

  LoadResult {
    statuses = Map.copyOf(statuses);
  }

  double requestsPerSecond() {
    return seconds == 0 ? 0 : requests / seconds;
  }

  /** Average bytes per answer, headers included. */
  double bytesPerResponse() {
    return requests == 0 ? 0 : (double) bytes / requests;
  }

  long count(int status) {
    return statuses.getOrDefault(status, 0L);
  }

  /**
   * Socket errors plus every answer whose status is not one of {@code expected}; without counted statuses,
   * every answer >= 400.
   */
  long errors(Set<Integer> expected) {
    if (statuses.isEmpty()) {
      return socketErrors + statusErrors;
    }
    long unexpected =
        statuses.entrySet().stream().filter(e -> !expected.contains(e.getKey())).mapToLong(Map.Entry::getValue).sum();
    return socketErrors + unexpected;
  }

  /**
   * Reads the line that {@code bench/lua/common.lua} prints when wrk is done.
   *
   * @throws BenchException if the output holds no such line
   */
  static LoadResult parse(String wrkOutput) {
    for (String line : wrkOutput.split("\n")) {
      if (line.startsWith(MARKER)) {
        return fromJson(line.substring(MARKER.length()));
      }
    }
    throw new BenchException("wrk printed no result line; its output was:\n" + wrkOutput);
  }

  private static LoadResult fromJson(String text) {
    try {
      JsonNode node = JSON.readTree(text);
      Map<Integer, Long> statuses = new TreeMap<>();
      node.path("statuses").properties()
          .forEach(e -> statuses.put(Integer.parseInt(e.getKey()), e.getValue().asLong()));
      long socketErrors =
          node.path("connect").asLong() + node.path("read").asLong() + node.path("write").asLong()
              + node.path("timeout").asLong();
      JsonNode fromSlot = node.path("fromSlot");
      boolean timedFromSlot = fromSlot.path("answers").asLong() > 0;
      JsonNode timing = timedFromSlot ? fromSlot : node;
      return new LoadResult(
          node.path("requests").asLong(),
          node.path("durationUs").asDouble() / 1e6,
          node.path("bytes").asLong(),
          timing.path("p50Us").asDouble() / 1e3,
          timing.path("p99Us").asDouble() / 1e3,
          timing.path("maxUs").asDouble() / 1e3,
          socketErrors,
          node.path("statusErrors").asLong(),
          statuses,
          timedFromSlot,
          node.path("p99Us").asDouble() / 1e3,
          fromSlot.path("unstamped").asLong());
    } catch (IOException | NumberFormatException e) {
      throw new BenchException("cannot read wrk's result line: " + text, e);
    }
  }
}
