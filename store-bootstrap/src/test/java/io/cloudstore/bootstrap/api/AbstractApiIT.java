package io.cloudstore.bootstrap.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudstore.bootstrap.CloudStoreApp;
import io.cloudstore.bootstrap.StoreConfig;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * The whole HTTP API of /work/shared/API.md, tested end to end: the real shop ({@link CloudStoreApp}) on
 * a free port, spoken to over HTTP. Subclasses choose the storage; the tests are the same for every
 * storage. One shop per test class; every test makes its own users, categories and products.
 *
 * <p>{@link CheckoutRaceApiTests} is not part of the shared suite: it needs storage whose transactions
 * stay atomic under concurrent requests, which the DynamoDB emulator used in CI does not offer (see
 * {@link DynamoDbApiIT}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AbstractApiIT
    implements AuthApiTests,
        CatalogApiTests,
        AdminProductApiTests,
        CartApiTests,
        OrderApiTests,
        TransportApiTests,
        BadInputApiTests {

  static final String TAX_RATE = "8.25";

  private CloudStoreApp app;
  private Shop shop;

  /** The storage-specific environment variables (STORE_STORAGE and what that storage needs). */
  protected abstract Map<String, String> storageEnvironment();

  /** What {@code /health} should call this storage. */
  protected abstract String storageName();

  @BeforeAll
  void startShop() {
    String secret = "api-it-" + UUID.randomUUID() + UUID.randomUUID();
    String adminEmail = Shop.unique("admin") + "@example.com";
    String adminPassword = "admin " + UUID.randomUUID();
    Map<String, String> env = new HashMap<>();
    env.put("PORT", "0");
    env.put("STORE_DEMO_DATA", "false");
    env.put("STORE_BCRYPT_COST", "4");
    env.put("STORE_JWT_SECRET", secret);
    env.put("STORE_ADMIN_EMAIL", adminEmail);
    env.put("STORE_ADMIN_PASSWORD", adminPassword);
    env.put("STORE_TAX_RATE", TAX_RATE);
    env.putAll(storageEnvironment());
    app = CloudStoreApp.start(StoreConfig.from(env));

    ApiClient api = new ApiClient(app.port());
    ApiResponse login = api.post("/api/auth/login", Map.of("email", adminEmail, "password", adminPassword));
    assertThat(login.status()).as("the configured admin logs in: %s", login).isEqualTo(200);
    JsonNode admin = login.json();
    assertThat(admin.path("user").path("role").asText()).isEqualTo("ADMIN");
    shop = new Shop(api, admin.path("token").asText(),
        new HandMadeTokens(secret.getBytes(StandardCharsets.UTF_8)), storageName());
  }

  @AfterAll
  void stopShop() {
    if (app != null) {
      app.close();
    }
  }

  @Override
  public Shop shop() {
    return shop;
  }
}
