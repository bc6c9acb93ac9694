package io.cloudstore.bootstrap.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each operator command run as its own process from the jar, with the in-memory store. */
class OperatorCommandsIT {
  private static final Map<String, String> MEMORY = Map.of("STORE_BCRYPT_COST", "4");

  @TempDir Path dir;

  @Test
  void help_listsEveryCommand_andEachCommandExplainsItself() throws Exception {
    Jar.Result overview = Jar.run(MEMORY, "--help");
    assertThat(overview.exitCode()).as(overview.toString()).isZero();
    assertThat(overview.out()).contains("serve", "create-tables", "import-products", "create-admin",
        "STORE_LOG_FORMAT", "STORE_METRICS_TOKEN", "Exit codes");

    for (String command : new String[] {"serve", "create-tables", "import-products", "create-admin"}) {
      Jar.Result help = Jar.run(MEMORY, command, "--help");
      assertThat(help.exitCode()).as(help.toString()).isZero();
      assertThat(help.out()).startsWith("Usage: java -jar cloud-store.jar").contains(command, "Exit codes");
    }
  }

  @Test
  void unknownCommandOrOption_exitsWithTwo() throws Exception {
    Jar.Result unknown = Jar.run(MEMORY, "launch-rockets");
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).contains("Unknown command 'launch-rockets'");

    Jar.Result badOption = Jar.run(MEMORY, "import-products", "--force", "x.csv");
    assertThat(badOption.exitCode()).isEqualTo(2);
    assertThat(badOption.err()).contains("Unknown option '--force'");
  }

  @Test
  void importProducts_validFile_importsEveryRow_reportingCountsOnStandardOutput() throws Exception {
    Path file = Files.writeString(dir.resolve("products.json"), """
        [{"name": "Mug", "category": "Kitchen", "price": 1250, "stock": 10, "id": "mug-1"},
         {"name": "Pan", "category": "Kitchen", "price": 4500, "stock": 3, "description": "Cast iron"}]
        """);

    Jar.Result result = Jar.run(MEMORY, "import-products", file.toString());

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out()).isEqualTo("products.json: 2 created, 0 already present, 0 rejected\n");
    assertThat(result.err()).contains("STORE_STORAGE=memory");
  }

  @Test
  void importProducts_rowsWithErrors_exitsWithThree_listingEachProblemByRowAndLine() throws Exception {
    Path file = Files.writeString(dir.resolve("products.csv"), """
        name,description,category,price,stock,imageUrl,sku
        Mug,"Enamel, 350 ml",Kitchen,1250,10,/images/mug.svg,mug-1
        Kettle,,Kitchen,12.50,5,,
        ,no name,Kitchen,100,1,,
        """);

    Jar.Result result = Jar.run(MEMORY, "import-products", file.toString());

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(3);
    assertThat(result.out()).isEqualTo("products.csv: 1 created, 0 already present, 2 rejected\n");
    assertThat(result.err().lines()).contains(
        "row 2 (line 3): price: must be a whole number of minor units (cents), such as 1250 for 12.50",
        "row 3 (line 4): name: is required");
  }

  @Test
  void importProducts_dryRunOfTheDemoCatalog_countsEveryProduct() throws Exception {
    Path catalog = dir.resolve("catalog.json");
    try (var in = getClass().getResourceAsStream("/demo/catalog.json")) {
      Files.copy(in, catalog);
    }

    Jar.Result result = Jar.run(MEMORY, "import-products", "--dry-run", catalog.toString());

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out()).matches("catalog\\.json \\(dry run, nothing written\\): \\d+ would be created, "
        + "0 already present, 0 rejected\n");
  }

  @Test
  void importProducts_unreadableOrMissingFile_failsWithoutTouchingStorage() throws Exception {
    Path broken = Files.writeString(dir.resolve("broken.csv"), "name,category,prce,stock\nMug,K,1,1\n");

    Jar.Result badHeader = Jar.run(MEMORY, "import-products", broken.toString());
    Jar.Result missing = Jar.run(MEMORY, "import-products", dir.resolve("nope.csv").toString());

    assertThat(badHeader.exitCode()).isEqualTo(1);
    assertThat(badHeader.err()).contains("unknown column 'prce'");
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("No such file");
  }

  @Test
  void createAdmin_takesThePasswordFromTheEnvironmentOrStandardInput() throws Exception {
    Jar.Result fromEnvironment = Jar.run(Map.of("STORE_BCRYPT_COST", "4",
        "STORE_ADMIN_PASSWORD", "a long admin password"), "create-admin", "boss@example.com");
    Jar.Result fromStandardInput =
        Jar.runWithInput(MEMORY, "typed admin password\n", "create-admin", "Boss@Example.com");

    assertThat(fromEnvironment.exitCode()).as(fromEnvironment.toString()).isZero();
    assertThat(fromEnvironment.out()).isEqualTo("Admin account boss@example.com is ready\n");
    assertThat(fromStandardInput.exitCode()).as(fromStandardInput.toString()).isZero();
    assertThat(fromStandardInput.out()).isEqualTo("Admin account boss@example.com is ready\n");
    assertThat(fromStandardInput.out() + fromStandardInput.err()).doesNotContain("typed admin password");
  }

  @Test
  void createAdmin_neverTakesThePasswordAsAnArgument_andRefusesBadInput() throws Exception {
    Jar.Result passwordArgument = Jar.run(MEMORY, "create-admin", "boss@example.com", "hunter2-hunter2");
    Jar.Result noPassword = Jar.run(MEMORY, "create-admin", "boss@example.com");
    Jar.Result shortPassword = Jar.runWithInput(MEMORY, "short\n", "create-admin", "boss@example.com");
    Jar.Result badEmail = Jar.runWithInput(MEMORY, "a long admin password\n", "create-admin", "not-an-email");

    assertThat(passwordArgument.exitCode()).isEqualTo(2);
    assertThat(passwordArgument.err()).contains("takes one argument").doesNotContain("hunter2");
    assertThat(noPassword.exitCode()).isEqualTo(2);
    assertThat(noPassword.err()).contains("No password");
    assertThat(shortPassword.exitCode()).isEqualTo(2);
    assertThat(shortPassword.err()).contains("password: must be at least 8 bytes").doesNotContain("short\n");
    assertThat(badEmail.exitCode()).isEqualTo(2);
    assertThat(badEmail.err()).contains("email: must be an email address");
  }

  @Test
  void createTables_withMemoryStorage_isAUsageError() throws Exception {
    Jar.Result result = Jar.run(MEMORY, "create-tables");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("create-tables needs STORE_STORAGE=dynamodb");
  }

  @Test
  void badConfiguration_exitsWithTwoAndOneLinePerProblem_withoutEchoingSecrets() throws Exception {
    Jar.Result result = Jar.run(Map.of("STORE_LOG_FORMAT", "xml", "STORE_METRICS_TOKEN", "short token!"), "serve");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err().lines()).containsExactlyInAnyOrder(
        "Configuration error: STORE_LOG_FORMAT: 'xml' is not valid; expected text or json",
        "Configuration error: STORE_METRICS_TOKEN: '<hidden>' is not valid; expected at least 16 visible ASCII "
            + "characters without spaces");
  }
}
