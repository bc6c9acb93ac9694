package io.cloudstore.bench.suite;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The benchmark suite behind {@code bench/run.sh}: measures the shop jar from outside with wrk, against its
 * references, in memory and on the DynamoDB emulator, runs the JMH benchmarks of the core, prints the
 * tables and writes them to {@code bench/results/<date>.md} and {@code .json}.
 *
 * <p>Exit codes: 0 when every scenario ran without errors and every stock audit passed (whatever the
 * speed: targets are verdicts, never failures), 1 otherwise, 2 for bad usage.
 */
public final class Suite {
  private static final DateTimeFormatter FILE_DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HHmm'Z'").withZone(ZoneOffset.UTC);

  private Suite() {}

  public static void main(String[] args) {
    System.exit(run(Arrays.asList(args), System.out, System.err));
  }

  static int run(List<String> args, PrintStream out, PrintStream err) {
    SuiteOptions options;
    try {
      options = SuiteOptions.parse(args);
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      err.print(SuiteOptions.USAGE);
      return 2;
    }
    var results = new Results(Machine.describe(), options.profile(), options.jvmFlags());
    try {
      results.subject(describeJar(options));
      options = prepare(options);
      var servers = new Servers(options);
      var wrk = new Wrk(options.luaDirectory(), 2);
      var files = new DataFiles(options.workDirectory());
      var progress = new Progress(out);
      progress.step("benchmarking the shop jar (" + options.profile().name() + " run) on "
          + results.machine().summary());
      new MemoryRound(options, servers, wrk, results, files, progress).run();
      if (options.dynamoDb()) {
        new DynamoDbRound(options, servers, wrk, results, files, progress).run();
      }
      if (options.jmh()) {
        progress.step("JMH benchmarks of the core");
        List<String> extra = options.profile().isSmoke() ? List.of("-p", "catalogSize=1000") : List.of();
        results.jmh(Jmh.run(options.benchJar(), options.profile().jmhOptions(), extra,
            options.workDirectory().resolve("jmh.json"), options.workDirectory().resolve("jmh.log")));
      }
    } catch (BenchException e) {
      results.failure("the suite stopped: " + e.getMessage());
    }
    String markdown = MarkdownReport.render(results);
    out.println();
    out.print(markdown);
    writeResults(options, results, markdown, out);
    if (!results.failures().isEmpty()) {
      err.println("BENCHMARK FAILED: " + results.failures().size() + " failure(s), listed above.");
      return 1;
    }
    return 0;
  }

  /**
   * Checks the tools and jars, empties the work directory and measures a copy of the shop jar, so that a
   * build running meanwhile cannot change the jar under a running shop.
   */
  private static SuiteOptions prepare(SuiteOptions options) {
    Wrk.requireInstalled();
    for (Path jar : List.of(options.shopJar(), options.benchJar())) {
      if (!Files.isRegularFile(jar)) {
        throw new BenchException(jar + " is missing: build it first (bench/run.sh does)");
      }
    }
    try {
      if (Files.exists(options.workDirectory())) {
        try (Stream<Path> old = Files.walk(options.workDirectory())) {
          old.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
      }
      Files.createDirectories(options.workDirectory());
      Files.createDirectories(options.resultsDirectory());
      Path copy = options.workDirectory().resolve("cloud-store.jar");
      Files.copy(options.shopJar(), copy);
      return options.withShopJar(copy);
    } catch (IOException e) {
      throw new BenchException("cannot prepare " + options.workDirectory(), e);
    }
  }

  /** The jar's build time and the commit of the work tree it was built from, for reproducing a run. */
  private static String describeJar(SuiteOptions options) {
    String built;
    try {
      built = Files.getLastModifiedTime(options.shopJar()).toInstant().truncatedTo(ChronoUnit.SECONDS).toString();
    } catch (IOException e) {
      built = "unknown";
    }
    String commit = "unknown";
    try {
      Process git = new ProcessBuilder("git", "-C", options.root().toString(), "describe", "--always", "--dirty")
          .redirectErrorStream(true).start();
      String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      if (git.waitFor() == 0) {
        commit = out;
      }
    } catch (IOException e) {
      commit = "unknown (" + e.getMessage() + ")";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return "store-bootstrap/target/cloud-store.jar built " + built + " from commit " + commit;
  }

  private static void writeResults(SuiteOptions options, Results results, String markdown, PrintStream out) {
    String name = FILE_DATE.format(results.machine().date()) + (results.profile().isSmoke() ? "-smoke" : "");
    Path directory = results.profile().isSmoke() ? options.workDirectory() : options.resultsDirectory();
    try {
      Files.createDirectories(directory);
      Path md = directory.resolve(name + ".md");
      Files.writeString(md, markdown, StandardCharsets.UTF_8);
      Files.writeString(directory.resolve(name + ".json"), JsonReport.render(results), StandardCharsets.UTF_8);
      out.println("\nResults written to " + md + " (and .json).");
    } catch (IOException e) {
      results.failure("cannot write the results: " + e.getMessage());
    }
  }
}
