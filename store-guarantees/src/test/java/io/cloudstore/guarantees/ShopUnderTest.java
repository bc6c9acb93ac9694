package io.cloudstore.guarantees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.cloudstore.adapter.in.http.HttpApi;
import io.cloudstore.adapter.in.http.HttpSettings;
import io.cloudstore.adapter.out.faults.FaultInjector;
import io.cloudstore.adapter.out.faults.FaultPlan;
import io.cloudstore.adapter.out.faults.FaultyStorage;
import io.cloudstore.adapter.out.persistence.dynamodb.DynamoDbSettings;
import io.cloudstore.adapter.out.persistence.dynamodb.DynamoDbStorage;
import io.cloudstore.adapter.out.persistence.inmemory.InMemoryStorage;
import io.cloudstore.adapter.out.security.BcryptPasswordHasher;
import io.cloudstore.adapter.out.security.JwtTokenIssuer;
import io.cloudstore.application.CloudStore;
import io.cloudstore.application.port.in.user.EnsureAdminCommand;
import io.cloudstore.application.port.out.persistence.CartRepository;
import io.cloudstore.application.port.out.persistence.OrderRepository;
import io.cloudstore.application.port.out.persistence.PageCursorCodec;
import io.cloudstore.application.port.out.persistence.ProductRepository;
import io.cloudstore.application.port.out.persistence.StorageHealth;
import io.cloudstore.application.port.out.persistence.UserRepository;
import io.cloudstore.application.service.StoreSettings;
import io.cloudstore.domain.money.TaxRate;
import io.cloudstore.domain.user.Email;
import io.cloudstore.domain.user.PlainPassword;
import io.javalin.Javalin;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Currency;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A running shop for these tests, wired like {@code CloudStoreApp} from the same public pieces (storage
 * adapter, {@link CloudStore} builder, {@link HttpApi}, bcrypt, JWT), with one difference: the storage ports
 * pass through a {@link FaultyStorage}, whose faults are off unless a test turns them on. Building it here
 * rather than through {@code CloudStoreApp} is what lets the faults in without changing the bootstrap.
 */
final class ShopUnderTest implements AutoCloseable {
  static final String ADMIN_EMAIL = "admin@guarantees.example";
  static final String ADMIN_PASSWORD = "admin password for guarantees";
  static final String TAX_RATE = "8.25";
  private static final Currency USD = Currency.getInstance("USD");

  private final Javalin http;
  private final FaultInjector faults;
  private final AutoCloseable storage;
  private final Optional<DynamoDbStorage> dynamo;
  private final String storageName;
  private String adminToken;

  private ShopUnderTest(Javalin http, FaultInjector faults, AutoCloseable storage, Optional<DynamoDbStorage> dynamo,
      String storageName) {
    this.http = http;
    this.faults = faults;
    this.storage = storage;
    this.dynamo = dynamo;
    this.storageName = storageName;
  }

  /** A shop in memory; {@code faults} start switched off. */
  static ShopUnderTest inMemory(FaultPlan faults, byte[] secret) {
    var memory = new InMemoryStorage(new PageCursorCodec(cursorKey(secret)), Clock.systemUTC());
    return start("memory", memory.users(), memory.products(), memory.carts(), memory.orders(), memory.health(),
        faults, secret, () -> {}, Optional.empty());
  }

  /** A shop on the DynamoDB at {@code endpoint}, creating the tables with {@code tablePrefix} if missing. */
  static ShopUnderTest onDynamoDb(URI endpoint, String tablePrefix, FaultPlan faults, byte[] secret) {
    var dynamo = DynamoDbStorage.connect(
        new DynamoDbSettings("us-east-1", Optional.of(endpoint), tablePrefix), new PageCursorCodec(cursorKey(secret)),
        Clock.systemUTC());
    try {
      dynamo.createMissingTables();
      return start("dynamodb", dynamo.users(), dynamo.products(), dynamo.carts(), dynamo.orders(), dynamo.health(),
          faults, secret, dynamo, Optional.of(dynamo));
    } catch (RuntimeException e) {
      dynamo.close();
      throw e;
    }
  }

  /** The emulator named by STORE_DYNAMODB_ENDPOINT; a missing one fails the test, it never skips it. */
  static URI dynamoDbEndpointFromEnvironment() {
    String endpoint = System.getenv("STORE_DYNAMODB_ENDPOINT");
    if (endpoint == null || endpoint.isBlank()) {
      fail("STORE_DYNAMODB_ENDPOINT is not set: start moto's server (python3 scripts/moto_serialized.py 5000) and "
          + "export STORE_DYNAMODB_ENDPOINT=http://127.0.0.1:5000 AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test");
    }
    return URI.create(endpoint.strip());
  }

  static byte[] newSecret() {
    return ("guarantees-" + UUID.randomUUID() + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
  }

  static String uniquePrefix(String name) {
    return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "-";
  }

  private static ShopUnderTest start(String storageName, UserRepository users, ProductRepository products,
      CartRepository carts, OrderRepository orders, StorageHealth health, FaultPlan plan, byte[] secret,
      AutoCloseable storage, Optional<DynamoDbStorage> dynamo) {
    FaultInjector faults = new FaultInjector(plan);
    faults.disable();
    var faulty = new FaultyStorage(users, products, carts, orders, health, faults);
    Clock clock = Clock.systemUTC();
    CloudStore store =
        CloudStore.builder()
            .users(faulty.users()).products(faulty.products()).carts(faulty.carts()).orders(faulty.orders())
            .storageHealth(faulty.health())
            .passwordHasher(new BcryptPasswordHasher(BcryptPasswordHasher.MIN_COST))
            .tokenIssuer(new JwtTokenIssuer(secret, "cloud-store", Duration.ofHours(2), clock))
            .clock(clock)
            .settings(new StoreSettings(USD, TaxRate.parse(TAX_RATE)))
            .build();
    store.ensureAdmin().ensureAdmin(
        new EnsureAdminCommand(new Email(ADMIN_EMAIL), new PlainPassword(ADMIN_PASSWORD), "Administrator"));
    Javalin http = new HttpApi(store, HttpSettings.defaults(storageName, USD).withClock(clock)).create().start(0);
    return new ShopUnderTest(http, faults, storage, dynamo, storageName);
  }

  private static byte[] cursorKey(byte[] secret) {
    byte[] key = new byte[32];
    System.arraycopy(secret, 0, key, 0, Math.min(secret.length, key.length));
    return key;
  }

  int port() {
    return http.port();
  }

  Http client() {
    return new Http(port());
  }

  FaultInjector faults() {
    return faults;
  }

  String storageName() {
    return storageName;
  }

  /** The DynamoDB storage behind this shop, for operations tasks such as creating lost tables. */
  DynamoDbStorage dynamo() {
    return dynamo.orElseThrow(() -> new IllegalStateException("this shop keeps its data in memory"));
  }

  /** A token of the configured admin, logged in over HTTP once. */
  synchronized String adminToken() {
    if (adminToken == null) {
      Reply login = client().post("/api/auth/login", Map.of("email", ADMIN_EMAIL, "password", ADMIN_PASSWORD), null);
      assertThat(login.status()).as("the admin logs in: %s", login.brief()).isEqualTo(200);
      adminToken = login.json().path("token").asText();
    }
    return adminToken;
  }

  @Override
  public void close() {
    http.stop();
    try {
      storage.close();
    } catch (Exception e) {
      throw new IllegalStateException("closing storage failed", e);
    }
  }
}
