package io.cloudstore.bootstrap;

import io.cloudstore.application.port.in.user.EnsureAdminCommand;
import io.cloudstore.domain.ValidationException;
import io.cloudstore.domain.user.Email;
import io.cloudstore.domain.user.PlainPassword;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Creates an admin account, or makes an existing account an admin with a new password. */
final class CreateAdminCommand implements Command {
  static final String PASSWORD_VARIABLE = "STORE_ADMIN_PASSWORD";

  @Override
  public String name() {
    return "create-admin";
  }

  @Override
  public String summary() {
    return "create or promote an admin; password from STORE_ADMIN_PASSWORD or standard input";
  }

  @Override
  public String help() {
    return """
        Usage: java -jar cloud-store.jar create-admin EMAIL

        Creates the admin account EMAIL in the configured storage or, if an account with that email exists,
        makes it an admin and gives it the new password.

        The password is never an argument (arguments show in process lists and shell history). It comes
        from the environment variable STORE_ADMIN_PASSWORD or, when that is not set, from the first line of
        standard input (typed without echo on a terminal):
          read -rs STORE_ADMIN_PASSWORD && export STORE_ADMIN_PASSWORD
          java -jar cloud-store.jar create-admin boss@example.com
        or  printf '%s\\n' "$PASSWORD" | java -jar cloud-store.jar create-admin boss@example.com
        It must be 8 to 72 bytes long (UTF-8).

        With STORE_STORAGE=memory the account exists only in this command's process; create admins of a
        running shop with STORE_STORAGE=dynamodb.

        Exit codes: 0 done, 1 failed (storage unreachable...), 2 bad usage, email, password or configuration.
        """;
  }

  @Override
  public int run(List<String> args, Map<String, String> env, Terminal terminal) {
    if (args.size() != 1 || args.get(0).startsWith("-")) {
      terminal.err().println("create-admin takes one argument, the email; the password comes from "
          + PASSWORD_VARIABLE + " or standard input. Run 'create-admin --help' for usage.");
      return ExitCode.USAGE;
    }
    Email email;
    PlainPassword password;
    try {
      email = new Email(args.get(0));
      Optional<String> typed = password(env, terminal);
      if (typed.isEmpty()) {
        terminal.err().println("No password: set " + PASSWORD_VARIABLE + " or give it on standard input.");
        return ExitCode.USAGE;
      }
      password = new PlainPassword(typed.get());
    } catch (ValidationException e) {
      terminal.err().println(e.getMessage());
      return ExitCode.USAGE;
    }
    Optional<StoreConfig> config = CommandConfig.forOperatorCommand(env, terminal.err());
    if (config.isEmpty()) {
      return ExitCode.USAGE;
    }
    try (OperatorStore shop = OperatorStore.open(config.get(), Clock.systemUTC())) {
      shop.store().ensureAdmin().ensureAdmin(new EnsureAdminCommand(email, password, "Administrator"));
    } catch (RuntimeException e) {
      terminal.err().println("Creating the admin failed: " + e.getMessage());
      return ExitCode.FAILED;
    }
    terminal.out().println("Admin account " + email + " is ready");
    if (config.get().storage() == StorageKind.MEMORY) {
      terminal.err().println("Note: STORE_STORAGE=memory keeps this account only in this command's process;"
          + " use STORE_STORAGE=dynamodb to create an admin of a running shop.");
    }
    return ExitCode.OK;
  }

  private static Optional<String> password(Map<String, String> env, Terminal terminal) {
    String fromEnvironment = env.get(PASSWORD_VARIABLE);
    if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
      return Optional.of(fromEnvironment);
    }
    if (terminal.console().isPresent()) {
      char[] typed = terminal.console().get().readPassword("Password for the admin account: ");
      return typed == null || typed.length == 0 ? Optional.empty() : Optional.of(new String(typed));
    }
    try {
      String line = new BufferedReader(new InputStreamReader(terminal.in(), StandardCharsets.UTF_8)).readLine();
      return line == null || line.isEmpty() ? Optional.empty() : Optional.of(line);
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
