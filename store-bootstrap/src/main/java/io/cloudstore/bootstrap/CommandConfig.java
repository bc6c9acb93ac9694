package io.cloudstore.bootstrap;

import io.cloudstore.bootstrap.ops.ConsoleLogging;
import java.io.PrintStream;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Reads the configuration for a command, prints what is wrong with it, and sets up console logging. */
final class CommandConfig {
  private CommandConfig() {}

  /** For {@code serve}: the environment as it is; logs on standard output. */
  static Optional<StoreConfig> forServer(Map<String, String> env, PrintStream err) {
    return read(env, err, ConsoleLogging.Target.STANDARD_OUTPUT);
  }

  /**
   * For the operator commands: they issue no tokens, so without STORE_JWT_SECRET a random one is used (it
   * only signs the command's own page cursors); the start-up admin pair is ignored; logs go to standard
   * error, so that standard output holds only the command's report.
   */
  static Optional<StoreConfig> forOperatorCommand(Map<String, String> env, PrintStream err) {
    Map<String, String> adjusted = new HashMap<>(env);
    adjusted.remove("STORE_ADMIN_EMAIL");
    adjusted.remove("STORE_ADMIN_PASSWORD");
    String secret = adjusted.get("STORE_JWT_SECRET");
    if (secret == null || secret.isBlank()) {
      adjusted.put("STORE_JWT_SECRET", Base64.getEncoder().encodeToString(StoreCore.randomSecret()));
    }
    return read(adjusted, err, ConsoleLogging.Target.STANDARD_ERROR);
  }

  private static Optional<StoreConfig> read(Map<String, String> env, PrintStream err, ConsoleLogging.Target logs) {
    StoreConfig config;
    try {
      config = StoreConfig.from(env);
    } catch (ConfigException e) {
      e.problems().forEach(line -> err.println("Configuration error: " + line));
      return Optional.empty();
    }
    ConsoleLogging.use(config.logFormat(), logs);
    return Optional.of(config);
  }
}
