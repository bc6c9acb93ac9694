package io.cloudstore.guarantees;

import java.util.concurrent.ThreadLocalRandom;

/** The seed of a randomized test: {@code -Dguarantees.seed=N} replays a run, otherwise a fresh one. */
final class Seeds {
  private Seeds() {}

  static long seed() {
    String given = System.getProperty("guarantees.seed", "").strip();
    return given.isEmpty() ? ThreadLocalRandom.current().nextLong(1, 1_000_000_000L) : Long.parseLong(given);
  }

  /** {@code -Dguarantees.opsPerClient=N} runs longer (or shorter) than the CI default. */
  static int opsPerClient(int ciDefault) {
    String given = System.getProperty("guarantees.opsPerClient", "").strip();
    return given.isEmpty() ? ciDefault : Integer.parseInt(given);
  }
}
