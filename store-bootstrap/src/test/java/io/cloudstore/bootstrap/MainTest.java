package io.cloudstore.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MainTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(Map<String, String> env, String... args) {
    return Main.run(args, env, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void help_printsTheCommandsAndExitsZero() {
    assertThat(run(Map.of(), "--help")).isEqualTo(Main.OK);
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("serve", "create-tables", "STORE_STORAGE");
  }

  @Test
  void help_forEachCommand_printsItsUsage() {
    for (String command : new String[] {"serve", "create-tables", "import-products", "create-admin"}) {
      out.reset();
      assertThat(run(Map.of(), command, "--help")).isEqualTo(Main.OK);
      assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("Usage: java -jar cloud-store.jar")
          .contains("Exit codes");
    }
    out.reset();
    assertThat(run(Map.of(), "help", "import-products")).isEqualTo(Main.OK);
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("import-products [--dry-run] FILE");
  }

  @Test
  void unknownCommand_exitsWithUsageError() {
    assertThat(run(Map.of(), "launch-rockets")).isEqualTo(Main.USAGE);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("Unknown command 'launch-rockets'");
  }

  @Test
  void badConfiguration_printsOneLinePerProblemAndExitsWithUsageError() {
    assertThat(run(Map.of("PORT", "-1", "STORE_BCRYPT_COST", "99"), "serve")).isEqualTo(Main.USAGE);
    assertThat(err.toString(StandardCharsets.UTF_8).lines())
        .hasSize(2)
        .allSatisfy(line -> assertThat(line).startsWith("Configuration error: "));
  }

  @Test
  void serve_withArguments_isAUsageError() {
    assertThat(run(Map.of(), "serve", "--port=80")).isEqualTo(Main.USAGE);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("serve takes no arguments");
  }

  @Test
  void importProducts_withoutAFile_isAUsageError() {
    assertThat(run(Map.of(), "import-products")).isEqualTo(Main.USAGE);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("import-products takes one file");
  }

  @Test
  void createAdmin_withNothingOnStandardInput_asksForThePasswordInTheEnvironment() {
    assertThat(run(Map.of(), "create-admin", "boss@example.com")).isEqualTo(Main.USAGE);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("No password: set STORE_ADMIN_PASSWORD");
  }

  @Test
  void createTables_withMemoryStorage_explainsThatItNeedsDynamoDb() {
    assertThat(run(Map.of(), "create-tables")).isEqualTo(Main.USAGE);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("STORE_STORAGE=dynamodb");
  }
}
