package io.cloudstore.bench.suite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/** The machine a run measured: results only compare between runs on the same kind of machine. */
record Machine(
    int cores, String cpuModel, long memoryBytes, String javaVersion, String os, String loadAverage, Instant date) {

  static Machine describe() {
    return new Machine(
        Runtime.getRuntime().availableProcessors(),
        firstValue(Path.of("/proc/cpuinfo"), "model name").orElse(System.getProperty("os.arch")),
        firstValue(Path.of("/proc/meminfo"), "MemTotal").map(Machine::kibibytes).orElse(0L),
        System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
        System.getProperty("os.name") + " " + System.getProperty("os.version"),
        readLoadAverage(),
        Instant.now());
  }

  String summary() {
    return String.format(java.util.Locale.ROOT, "%d cores (%s), %.1f GiB memory, %s, %s; load average at start %s",
        cores, cpuModel, memoryBytes / (1024.0 * 1024 * 1024), javaVersion, os, loadAverage);
  }

  /** Other work on the machine skews every number: the 1, 5 and 15 minute load averages say how much. */
  private static String readLoadAverage() {
    try {
      String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return fields[0] + " " + fields[1] + " " + fields[2];
    } catch (IOException | ArrayIndexOutOfBoundsException e) {
      return "unknown";
    }
  }

  private static java.util.Optional<String> firstValue(Path file, String key) {
    try {
      List<String> lines = Files.readAllLines(file);
      return lines.stream()
          .filter(line -> line.startsWith(key))
          .map(line -> line.substring(line.indexOf(':') + 1).strip())
          .findFirst();
    } catch (IOException e) {
      return java.util.Optional.empty();
    }
  }

  private static long kibibytes(String value) {
    return Long.parseLong(value.replaceAll("[^0-9]", "")) * 1024;
  }
}
