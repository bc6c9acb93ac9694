package io.cloudstore.bench.suite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.StringJoiner;
import java.util.concurrent.TimeUnit;

/** Runs the JMH benchmarks of the core in their own JVMs and reads JMH's JSON result file. */
final class Jmh {
  private Jmh() {}

  /** One benchmark's score, e.g. {@code CatalogBenchmark.firstPage [catalogSize=1000] 1.9 ± 0.1 us/op}. */
  record Score(String benchmark, String params, String mode, double score, double error, String unit) {}

  static List<Score> run(Path benchJar, String options, List<String> extraOptions, Path resultFile, Path log) {
    List<String> command = new ArrayList<>(List.of("java", "-jar", benchJar.toString()));
    command.addAll(Arrays.asList(options.split(" ")));
    command.addAll(extraOptions);
    command.addAll(List.of("-rf", "json", "-rff", resultFile.toString()));
    try {
      Process jmh = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
      if (!jmh.waitFor(15, TimeUnit.MINUTES) || jmh.exitValue() != 0) {
        jmh.destroyForcibly();
        throw new BenchException("JMH failed; see " + log);
      }
      return parse(Files.readString(resultFile));
    } catch (IOException e) {
      throw new BenchException("cannot run JMH", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BenchException("interrupted while JMH ran", e);
    }
  }

  static List<Score> parse(String json) {
    try {
      List<Score> scores = new ArrayList<>();
      for (JsonNode run : new ObjectMapper().readTree(json)) {
        String name = run.path("benchmark").asText();
        StringJoiner params = new StringJoiner(", ");
        run.path("params").properties().forEach(p -> params.add(p.getKey() + "=" + p.getValue().asText()));
        JsonNode metric = run.path("primaryMetric");
        double error = metric.path("scoreError").isNumber() ? metric.path("scoreError").asDouble() : Double.NaN;
        scores.add(new Score(
            name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1),
            params.toString(),
            run.path("mode").asText(),
            metric.path("score").asDouble(),
            error,
            metric.path("scoreUnit").asText()));
      }
      return scores;
    } catch (IOException e) {
      throw new BenchException("cannot read JMH's results", e);
    }
  }
}
