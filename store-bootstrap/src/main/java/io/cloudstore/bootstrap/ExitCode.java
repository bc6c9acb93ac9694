package io.cloudstore.bootstrap;

/** Exit codes of the jar's commands, the same for every command, for scripts to rely on. */
final class ExitCode {
  /** Done. */
  static final int OK = 0;
  /** Failed while running (storage unreachable, an unreadable file...); nothing or only part was done. */
  static final int FAILED = 1;
  /** Bad usage or configuration: unknown command or option, bad argument, bad environment variable. */
  static final int USAGE = 2;
  /** {@code import-products} only: some rows were rejected (listed on standard error), the rest imported. */
  static final int PARTIAL = 3;

  private ExitCode() {}
}
