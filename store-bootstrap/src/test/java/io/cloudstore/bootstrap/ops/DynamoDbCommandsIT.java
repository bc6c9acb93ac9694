package io.cloudstore.bootstrap.ops;

import static io.cloudstore.bootstrap.ops.HttpJson.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.cloudstore.bootstrap.CloudStoreApp;
import io.cloudstore.bootstrap.StoreConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code create-tables}, {@code import-products} and {@code create-admin} run from the jar against the
 * DynamoDB emulator that CI starts ({@code STORE_DYNAMODB_ENDPOINT}), each test with its own table prefix;
 * then the shop, started on the same tables, shows what the commands wrote.
 */
class DynamoDbCommandsIT {
  @TempDir Path dir;
  private Map<String, String> dynamo;

  @BeforeEach
  void useFreshTables() {
    String endpoint = System.getenv("STORE_DYNAMODB_ENDPOINT");
    assertThat(endpoint).as("STORE_DYNAMODB_ENDPOINT names the DynamoDB emulator (scripts/test-all.sh starts one)")
        .isNotBlank();
    dynamo = Map.of(
        "STORE_STORAGE", "dynamodb",
        "STORE_DYNAMODB_ENDPOINT", endpoint,
        "STORE_TABLE_PREFIX", "ops-it-" + UUID.randomUUID().toString().substring(0, 8) + "-",
        "STORE_BCRYPT_COST", "4");
  }

  @Test
  void createTablesThenImport_runTwice_createEverythingOnce_andTheShopServesIt() throws Exception {
    Path products = Files.writeString(dir.resolve("products.json"), """
        [{"name": "Mug", "category": "Kitchen", "price": 1250, "stock": 10, "id": "mug-1"},
         {"name": "Pan", "category": "Kitchen", "price": 4500, "stock": 3}]
        """);

    Jar.Result tables = Jar.run(dynamo, "create-tables");
    Jar.Result tablesAgain = Jar.run(dynamo, "create-tables");
    Jar.Result imported = Jar.run(dynamo, "import-products", products.toString());
    Jar.Result importedAgain = Jar.run(dynamo, "import-products", products.toString());

    assertThat(tables.exitCode()).as(tables.toString()).isZero();
    assertThat(tables.out()).startsWith("Tables are ready (prefix ops-it-");
    assertThat(tablesAgain.exitCode()).as(tablesAgain.toString()).isZero();
    assertThat(imported.exitCode()).as(imported.toString()).isZero();
    assertThat(imported.out()).isEqualTo("products.json: 2 created, 0 already present, 0 rejected\n");
    assertThat(importedAgain.exitCode()).as(importedAgain.toString()).isZero();
    assertThat(importedAgain.out()).isEqualTo("products.json: 0 created, 2 already present, 0 rejected\n");

    Path more = Files.writeString(dir.resolve("more.csv"), """
        name,category,price,stock,id
        Mug,Kitchen,1250,10,mug-1
        Bowl,Kitchen,900,4,bowl-1
        Spoon,Kitchen,-5,4,spoon-1
        """);
    Jar.Result partial = Jar.run(dynamo, "import-products", more.toString());
    assertThat(partial.exitCode()).as(partial.toString()).isEqualTo(3);
    assertThat(partial.out()).isEqualTo("more.csv: 1 created, 1 already present, 1 rejected\n");
    assertThat(partial.err()).contains("row 3 (line 4): price: must be between 1 and");

    Jar.Result admin = Jar.runWithInput(dynamo, "the admin password\n", "create-admin", "boss@example.com");
    assertThat(admin.exitCode()).as(admin.toString()).isZero();

    Map<String, String> serve = new HashMap<>(dynamo);
    serve.put("PORT", "0");
    serve.put("STORE_JWT_SECRET", "ops-it-secret-" + UUID.randomUUID());
    try (CloudStoreApp shop = CloudStoreApp.start(StoreConfig.from(serve))) {
      HttpJson http = new HttpJson(shop.port());
      var catalog = json(http.get("/api/products?limit=100"));
      assertThat(catalog.path("items").findValuesAsText("name")).containsExactlyInAnyOrder("Mug", "Pan", "Bowl");
      var login = http.post("/api/auth/login", Map.of("email", "boss@example.com", "password", "the admin password"));
      assertThat(login.statusCode()).isEqualTo(200);
      assertThat(json(login).path("user").path("role").asText()).isEqualTo("ADMIN");
    }
  }

  @Test
  void importProducts_withoutTables_failsWithExitCodeOne() throws Exception {
    Path products = Files.writeString(dir.resolve("products.csv"), "name,category,price,stock\nMug,Kitchen,1250,10\n");

    Jar.Result result = Jar.run(dynamo, "import-products", products.toString());

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
    assertThat(result.err()).contains("Import stopped").contains("running the same file again skips them");
  }
}
