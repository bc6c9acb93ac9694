package io.cloudstore.bench.suite;

import java.util.OptionalDouble;

/** What a scenario's requests per second are divided by, and its name in the table. */
record Reference(String name, OptionalDouble requestsPerSecond) {
  static Reference none() {
    return new Reference("–", OptionalDouble.empty());
  }

  static Reference of(String name, double requestsPerSecond) {
    return new Reference(name, OptionalDouble.of(requestsPerSecond));
  }
}
