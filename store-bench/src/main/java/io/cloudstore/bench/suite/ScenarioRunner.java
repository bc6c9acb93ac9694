package io.cloudstore.bench.suite;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.UUID;

/** Runs one scenario against one server: a warm-up that is thrown away, then the measured run. */
final class ScenarioRunner {
  static final Set<Integer> OK = Set.of(200);
  static final Set<Integer> CREATED = Set.of(201);

  private final Wrk wrk;
  private final Results results;
  private final Progress progress;
  private final int warmupSeconds;

  ScenarioRunner(Wrk wrk, Results results, Progress progress, int warmupSeconds) {
    this.wrk = wrk;
    this.results = results;
    this.progress = progress;
    this.warmupSeconds = warmupSeconds;
  }

  /**
   * What to run: a Lua script, its data files, and how hard and how long to drive the server.
   *
   * @param requestsPerSecond a steady offered rate over all connections, for a script that paces itself
   *     (see {@code common.delay} in {@code bench/lua/common.lua}); 0 to send as fast as answers come
   */
  record Load(
      String script, Map<String, Path> files, int connections, int seconds, int timeoutSeconds,
      boolean countStatuses, int requestsPerSecond) {
    Load {
      files = Map.copyOf(files);
    }

    Load(String script, Map<String, Path> files, int connections, int seconds, int timeoutSeconds,
        boolean countStatuses) {
      this(script, files, connections, seconds, timeoutSeconds, countStatuses, 0);
    }

    static Load of(String script, Map<String, Path> files, int connections, int seconds) {
      return new Load(script, files, connections, seconds, 10, false);
    }

    Load atRate(int requestsPerSecond) {
      return new Load(script, files, connections, seconds, timeoutSeconds, countStatuses, requestsPerSecond);
    }
  }

  /** The same runner without warm-up, for a scenario whose first seconds are the point (a sell-out). */
  ScenarioRunner withoutWarmUp() {
    return new ScenarioRunner(wrk, results, progress, 0);
  }

  /** Drives the server without measuring, so that the JIT has compiled its hot paths before anything counts. */
  void warmUp(String baseUrl, Load load, int seconds) {
    if (seconds > 0) {
      wrk.run(wrkRun(baseUrl, load, seconds));
    }
  }

  /** One side of a comparison: which server, and which load on it. */
  record Side(String baseUrl, Load load) {}

  /**
   * Measures two servers in turns, {@code rounds} times each, and returns each side's median run (by
   * requests per second). Background load on a shared machine drifts within minutes; measured in turns,
   * both sides see the same drift, so their ratio holds where two runs minutes apart would not.
   */
  List<LoadResult> inTurns(Side a, Side b, int rounds) {
    warmUp(a.baseUrl(), a.load(), warmupSeconds);
    warmUp(b.baseUrl(), b.load(), warmupSeconds);
    List<LoadResult> runsA = new ArrayList<>();
    List<LoadResult> runsB = new ArrayList<>();
    for (int round = 0; round < rounds; round++) {
      runsA.add(wrk.run(wrkRun(a.baseUrl(), a.load(), a.load().seconds())));
      runsB.add(wrk.run(wrkRun(b.baseUrl(), b.load(), b.load().seconds())));
    }
    return List.of(median(runsA), median(runsB));
  }

  /** One measured run of {@code side}, without warm-up and without a row: for turns with another kind of reference. */
  LoadResult measure(Side side) {
    return wrk.run(wrkRun(side.baseUrl(), side.load(), side.load().seconds()));
  }

  /** Adds a row for a result measured by {@link #inTurns}. */
  LoadRow record(
      String scenario, String storage, int connections, LoadResult result, Set<Integer> expectedStatuses,
      Reference reference) {
    LoadRow row = results.add(new LoadRow(scenario, storage, connections, result, expectedStatuses, reference.name(),
        reference.requestsPerSecond()));
    progress.measured(row);
    return row;
  }

  static LoadResult median(List<LoadResult> runs) {
    List<LoadResult> sorted =
        runs.stream().sorted(Comparator.comparingDouble(LoadResult::requestsPerSecond)).toList();
    return sorted.get(sorted.size() / 2);
  }

  LoadRow run(
      String scenario, String storage, String baseUrl, Load load, Set<Integer> expectedStatuses, String reference,
      OptionalDouble referenceRequestsPerSecond) {
    if (warmupSeconds > 0) {
      wrk.run(wrkRun(baseUrl, load, warmupSeconds));
    }
    LoadResult result = wrk.run(wrkRun(baseUrl, load, load.seconds()));
    LoadRow row = results.add(new LoadRow(
        scenario, storage, load.connections(), result, expectedStatuses, reference, referenceRequestsPerSecond));
    progress.measured(row);
    return row;
  }

  private static Wrk.Run wrkRun(String baseUrl, Load load, int seconds) {
    Map<String, String> env = new HashMap<>();
    load.files().forEach((variable, file) -> env.put(variable, file.toString()));
    env.put("BENCH_RUN", UUID.randomUUID().toString().substring(0, 8));
    if (load.countStatuses()) {
      env.put("BENCH_COUNT_STATUSES", "1");
    }
    if (load.requestsPerSecond() > 0) {
      env.put("BENCH_RATE", Integer.toString(load.requestsPerSecond()));
    }
    return new Wrk.Run(load.script(), baseUrl, load.connections(), seconds, load.timeoutSeconds(), env);
  }
}
