package io.cloudstore.bench.suite;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A server process the suite started: its output goes to a log file, and only the suite stops it. */
final class ManagedProcess implements AutoCloseable {
  private final String name;
  private final Process process;
  private final Path log;
  private final long startedAtNanos;

  private ManagedProcess(String name, Process process, Path log, long startedAtNanos) {
    this.name = name;
    this.process = process;
    this.log = log;
    this.startedAtNanos = startedAtNanos;
  }

  static ManagedProcess start(String name, List<String> command, Map<String, String> env, Path log) {
    var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    // Only what the suite sets configures a shop: a developer's own STORE_* variables must not leak in.
    builder.environment().keySet().removeIf(variable -> variable.startsWith("STORE_"));
    builder.environment().putAll(env);
    long before = System.nanoTime();
    try {
      return new ManagedProcess(name, builder.start(), log, before);
    } catch (IOException e) {
      throw new BenchException("cannot start " + name + " (" + String.join(" ", command) + ")", e);
    }
  }

  String name() {
    return name;
  }

  long pid() {
    return process.pid();
  }

  boolean isAlive() {
    return process.isAlive();
  }

  /** When the process was started, on the {@link System#nanoTime()} clock. */
  long startedAtNanos() {
    return startedAtNanos;
  }

  /** The resident set size now, from {@code /proc/<pid>/status}. */
  long residentBytes() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid()), "status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
        }
      }
    } catch (IOException | NumberFormatException e) {
      throw new BenchException("cannot read the memory of " + name + " (pid " + pid() + ")", e);
    }
    throw new BenchException("no VmRSS line for " + name + " (pid " + pid() + ")");
  }

  /** The last lines of the process's output, for error messages. */
  String logTail(int lines) {
    try {
      List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
      return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  /** Asks the process to stop (SIGTERM), then kills it if it has not stopped within 15 seconds. */
  @Override
  public void close() {
    if (!process.isAlive()) {
      return;
    }
    process.destroy();
    try {
      if (!process.waitFor(15, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
