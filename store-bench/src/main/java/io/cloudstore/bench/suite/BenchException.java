package io.cloudstore.bench.suite;

/** The suite cannot go on: a server did not start, a scenario failed, an audit found an oversell. */
final class BenchException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  BenchException(String message) {
    super(message);
  }

  BenchException(String message, Throwable cause) {
    super(message, cause);
  }
}
