package io.cloudstore.bootstrap;

import java.io.Console;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.Optional;

/**
 * What a command reads from and writes to: its report on {@code out}, errors and notes on {@code err}, a
 * password on {@code in} (or typed without echo on {@code console}, when there is a terminal).
 */
record Terminal(InputStream in, PrintStream out, PrintStream err, Optional<Console> console) {
  static Terminal system() {
    return new Terminal(System.in, System.out, System.err, Optional.ofNullable(System.console()));
  }
}
