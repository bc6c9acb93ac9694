package io.cloudstore.bootstrap;

import java.io.ByteArrayInputStream;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code java -jar cloud-store.jar [command] [--help]}: {@code serve} (the default), {@code create-tables},
 * {@code import-products}, {@code create-admin}. Exit codes: 0 done, 1 failed while running, 2 bad usage or
 * configuration, 3 import with rejected rows (see {@link ExitCode}).
 */
public final class Main {
  static final int OK = ExitCode.OK;
  static final int FAILED = ExitCode.FAILED;
  static final int USAGE = ExitCode.USAGE;
  static final int PARTIAL = ExitCode.PARTIAL;

  private static final Map<String, Command> COMMANDS = commands(
      new ServeCommand(), new CreateTablesCommand(), new ImportProductsCommand(), new CreateAdminCommand());
  private static final List<String> HELP = List.of("--help", "-h", "help");

  private Main() {}

  public static void main(String[] args) {
    int code = run(args, System.getenv(), Terminal.system());
    if (code != OK) {
      System.exit(code);
    }
  }

  /** For tests: nothing on standard input, no terminal. */
  static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
    return run(args, env, new Terminal(new ByteArrayInputStream(new byte[0]), out, err, Optional.empty()));
  }

  static int run(String[] args, Map<String, String> env, Terminal terminal) {
    String name = args.length == 0 ? "serve" : args[0];
    List<String> rest = args.length == 0 ? List.of() : Arrays.asList(args).subList(1, args.length);
    if (HELP.contains(name)) {
      return help(rest, terminal);
    }
    Command command = COMMANDS.get(name);
    if (command == null) {
      terminal.err().println("Unknown command '" + printable(name) + "'. Run with --help for usage.");
      return USAGE;
    }
    if (rest.contains("--help") || rest.contains("-h")) {
      terminal.out().print(command.help());
      return OK;
    }
    return command.run(rest, env, terminal);
  }

  /** {@code --help} alone prints the overview; {@code help import-products} the command's own text. */
  private static int help(List<String> rest, Terminal terminal) {
    if (rest.isEmpty()) {
      terminal.out().print(overview());
      return OK;
    }
    Command command = COMMANDS.get(rest.get(0));
    if (command == null) {
      terminal.err().println("Unknown command '" + printable(rest.get(0)) + "'. Run with --help for usage.");
      return USAGE;
    }
    terminal.out().print(command.help());
    return OK;
  }

  private static String overview() {
    StringBuilder text = new StringBuilder("Usage: java -jar cloud-store.jar [command] [--help]\n\nCommands:\n");
    COMMANDS.values().forEach(command ->
        text.append(String.format("  %-16s %s%n", command.name(), command.summary())));
    text.append(String.format("  %-16s %s%n", "--help", "print this text; '<command> --help' explains one command"));
    text.append("""

        Exit codes: 0 done, 1 failed while running, 2 bad usage or configuration,
        3 (import-products) some rows were rejected and the others imported.

        Configuration (environment variables): PORT, STORE_STORAGE (memory|dynamodb), STORE_DEMO_DATA,
        STORE_JWT_SECRET, STORE_JWT_TTL, STORE_ADMIN_EMAIL, STORE_ADMIN_PASSWORD, STORE_CURRENCY,
        STORE_TAX_RATE, STORE_BCRYPT_COST, STORE_CORS_ORIGINS, AWS_REGION, STORE_DYNAMODB_ENDPOINT,
        STORE_TABLE_PREFIX, STORE_DYNAMODB_CREATE_TABLES, STORE_LOG_FORMAT (text|json),
        STORE_METRICS_TOKEN (turns on /metrics), STORE_CATALOG_CACHE_TTL (how old catalog pages may be,
        PT5S by default on dynamodb, off on memory). See README.md.
        """);
    return text.toString();
  }

  /** Echoes an unknown command name without control characters, cut short. */
  private static String printable(String value) {
    String cleaned = value.codePoints().filter(c -> !Character.isISOControl(c))
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    return cleaned.length() <= 40 ? cleaned : cleaned.substring(0, 40) + "...";
  }

  private static Map<String, Command> commands(Command... commands) {
    Map<String, Command> byName = new LinkedHashMap<>();
    for (Command command : commands) {
      byName.put(command.name(), command);
    }
    return byName;
  }
}
