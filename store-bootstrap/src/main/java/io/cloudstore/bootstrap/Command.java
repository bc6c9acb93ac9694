package io.cloudstore.bootstrap;

import java.util.List;
import java.util.Map;

/** One thing the jar does, chosen by the first argument: {@code java -jar cloud-store.jar <name> ...}. */
interface Command {
  String name();

  /** One line for the overview of {@code --help}. */
  String summary();

  /** What {@code <name> --help} prints. */
  String help();

  /** @return an {@link ExitCode} */
  int run(List<String> args, Map<String, String> env, Terminal terminal);
}
