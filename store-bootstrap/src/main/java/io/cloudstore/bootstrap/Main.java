package io.cloudstore.bootstrap;

import io.cloudstore.adapter.out.persistence.dynamodb.DynamoDbStorage;
import io.cloudstore.application.port.out.persistence.PageCursorCodec;
import java.io.PrintStream;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * {@code java -jar cloud-store.jar [serve | create-tables | --help]}. Exit codes: 0 done, 1 failed while
 * running, 2 bad usage or configuration.
 */
public final class Main {
  static final int OK = 0;
  static final int FAILED = 1;
  static final int USAGE = 2;

  private static final String USAGE_TEXT =
      """
      Usage: java -jar cloud-store.jar [command]

      Commands:
        serve           run the shop (the default); configured by environment variables
        create-tables   create the missing DynamoDB tables and indexes, wait until they are active, exit
        --help          print this text

      Configuration (environment variables): PORT, STORE_STORAGE (memory|dynamodb), STORE_DEMO_DATA,
      STORE_JWT_SECRET, STORE_JWT_TTL, STORE_ADMIN_EMAIL, STORE_ADMIN_PASSWORD, STORE_CURRENCY,
      STORE_TAX_RATE, STORE_BCRYPT_COST, STORE_CORS_ORIGINS, AWS_REGION, STORE_DYNAMODB_ENDPOINT,
      STORE_TABLE_PREFIX, STORE_DYNAMODB_CREATE_TABLES. See README.md.
      """;

  private Main() {}

  public static void main(String[] args) {
    int code = run(args, System.getenv(), System.out, System.err);
    if (code != OK) {
      System.exit(code);
    }
  }

  static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
    String command = args.length == 0 ? "serve" : args[0];
    if (args.length > 1) {
      err.println("Unexpected arguments after '" + command + "'. Run with --help for usage.");
      return USAGE;
    }
    StoreConfig config;
    switch (command) {
      case "--help", "-h", "help" -> {
        out.print(USAGE_TEXT);
        return OK;
      }
      case "serve", "create-tables" -> {
        try {
          config = StoreConfig.from(env);
        } catch (ConfigException e) {
          e.problems().forEach(line -> err.println("Configuration error: " + line));
          return USAGE;
        }
      }
      default -> {
        err.println("Unknown command '" + command + "'. Run with --help for usage.");
        return USAGE;
      }
    }
    return command.equals("serve") ? serve(config, err) : createTables(config, out, err);
  }

  private static int serve(StoreConfig config, PrintStream err) {
    CloudStoreApp app;
    try {
      app = CloudStoreApp.start(config);
    } catch (RuntimeException e) {
      err.println("Cloud Store could not start: " + e.getMessage());
      return FAILED;
    }
    var stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      app.close();
      stopped.countDown();
    }, "cloud-store-shutdown"));
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return OK;
  }

  private static int createTables(StoreConfig config, PrintStream out, PrintStream err) {
    if (config.storage() != StorageKind.DYNAMODB) {
      err.println("create-tables needs STORE_STORAGE=dynamodb");
      return USAGE;
    }
    byte[] unusedKey = new byte[32];
    new SecureRandom().nextBytes(unusedKey);
    try (var dynamo =
        DynamoDbStorage.connect(Storage.dynamoDbSettings(config), new PageCursorCodec(unusedKey), Clock.systemUTC())) {
      dynamo.createMissingTables();
      out.println("Tables are ready" + (config.tablePrefix().isEmpty() ? "" : " (prefix " + config.tablePrefix() + ")"));
      return OK;
    } catch (RuntimeException e) {
      err.println("Creating tables failed: " + e.getMessage());
      return FAILED;
    }
  }
}
