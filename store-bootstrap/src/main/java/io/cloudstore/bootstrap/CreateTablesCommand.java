package io.cloudstore.bootstrap;

import io.cloudstore.adapter.out.persistence.dynamodb.DynamoDbStorage;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Creates the missing DynamoDB tables and indexes, waits until they are active, and exits. */
final class CreateTablesCommand implements Command {
  @Override
  public String name() {
    return "create-tables";
  }

  @Override
  public String summary() {
    return "create the missing DynamoDB tables and indexes, wait until they are active, exit";
  }

  @Override
  public String help() {
    return """
        Usage: java -jar cloud-store.jar create-tables

        Creates the DynamoDB tables and indexes that do not exist yet (Products, Users, Orders, Cart, each
        name prefixed with STORE_TABLE_PREFIX), waits until they are ACTIVE and exits. Existing tables are
        left as they are, so it is safe to run again, also from several machines at once.

        Needs STORE_STORAGE=dynamodb, and AWS_REGION (or STORE_DYNAMODB_ENDPOINT for an emulator).
        STORE_JWT_SECRET is not needed.

        Exit codes: 0 tables ready, 1 failed (DynamoDB unreachable, not allowed...),
        2 bad usage or configuration (also when STORE_STORAGE is not dynamodb).
        """;
  }

  @Override
  public int run(List<String> args, Map<String, String> env, Terminal terminal) {
    if (!args.isEmpty()) {
      terminal.err().println("create-tables takes no arguments. Run 'create-tables --help' for usage.");
      return ExitCode.USAGE;
    }
    Optional<StoreConfig> config = CommandConfig.forOperatorCommand(env, terminal.err());
    if (config.isEmpty()) {
      return ExitCode.USAGE;
    }
    if (config.get().storage() != StorageKind.DYNAMODB) {
      terminal.err().println("create-tables needs STORE_STORAGE=dynamodb");
      return ExitCode.USAGE;
    }
    byte[] secret = config.get().jwtSecret().orElseThrow();
    try (var dynamo = DynamoDbStorage.connect(
        Storage.dynamoDbSettings(config.get()), StoreCore.cursorCodec(secret), Clock.systemUTC())) {
      dynamo.createMissingTables();
      String prefix = config.get().tablePrefix();
      terminal.out().println("Tables are ready" + (prefix.isEmpty() ? "" : " (prefix " + prefix + ")"));
      return ExitCode.OK;
    } catch (RuntimeException e) {
      terminal.err().println("Creating tables failed: " + e.getMessage());
      return ExitCode.FAILED;
    }
  }
}
