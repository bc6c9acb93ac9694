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
 * @param lateMaxMillis for a run at a steady rate, the furthest behind its slot a request was sent (wrk times
 *     it from the send, so that much of its wait is missing from the latencies); 0 otherwise
 * @param lateSends for a run at a steady rate, the requests sent more than
 *     {@link ScenarioRunner#LATE_SEND_MILLIS} behind their slot
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
    double lateMaxMillis,
    long lateSends) {

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
      return new LoadResult(
          node.path("requests").asLong(),
          node.path("durationUs").asDouble() / 1e6,
          node.path("bytes").asLong(),
          node.path("p50Us").asDouble() / 1e3,
          node.path("p99Us").asDouble() / 1e3,
          node.path("maxUs").asDouble() / 1e3,
          socketErrors,
          node.path("statusErrors").asLong(),
          statuses,
          node.path("lateMaxMs").asDouble(),
          node.path("lateSends").asLong());
    } catch (IOException | NumberFormatException e) {
      throw new BenchException("cannot read wrk's result line: " + text, e);
    }
  }
}
