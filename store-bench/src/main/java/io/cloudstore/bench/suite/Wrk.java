package io.cloudstore.bench.suite;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs wrk (Debian's package) with one of the suite's Lua scripts and reads what it measured. */
final class Wrk {
  private final Path luaDirectory;
  private final int threads;

  Wrk(Path luaDirectory, int threads) {
    this.luaDirectory = luaDirectory;
    this.threads = threads;
  }

  /** One load run: which script drives which server, with how many connections, for how long. */
  record Run(String script, String url, int connections, int seconds, int timeoutSeconds, Map<String, String> env) {
    Run {
      env = Map.copyOf(env);
    }
  }

  /** Checks that wrk is installed, so that a missing tool fails before any server starts. */
  static void requireInstalled() {
    try {
      Process probe = new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start();
      probe.getInputStream().readAllBytes();
      probe.waitFor(10, TimeUnit.SECONDS);
    } catch (IOException e) {
      throw new BenchException("wrk is not installed: apt-get install -y wrk (bench/run.sh does this)", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BenchException("interrupted", e);
    }
  }

  LoadResult run(Run run) {
    int runThreads = Math.min(threads, run.connections());
    List<String> command = new ArrayList<>(List.of(
        "wrk", "-t", Integer.toString(runThreads), "-c", Integer.toString(run.connections()),
        "-d", run.seconds() + "s", "--timeout", run.timeoutSeconds() + "s",
        "-s", luaDirectory.resolve(run.script()).toString(), run.url()));
    var builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().putAll(run.env());
    builder.environment().put("BENCH_LUA_DIR", luaDirectory.toString());
    builder.environment().put("BENCH_THREADS", Integer.toString(runThreads));
    try {
      Process wrk = builder.start();
      String output = readAll(wrk.getInputStream());
      if (!wrk.waitFor(run.seconds() + 60L, TimeUnit.SECONDS)) {
        wrk.destroyForcibly();
        throw new BenchException("wrk did not finish: " + String.join(" ", command));
      }
      if (wrk.exitValue() != 0) {
        throw new BenchException("wrk failed (exit " + wrk.exitValue() + "): " + String.join(" ", command) + "\n" + output);
      }
      return LoadResult.parse(output);
    } catch (IOException e) {
      throw new BenchException("cannot run wrk", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BenchException("interrupted while wrk ran", e);
    }
  }

  private static String readAll(InputStream in) throws IOException {
    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
  }
}
