package io.cloudstore.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudstore.bootstrap.ops.LogFormat;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoreConfigTest {
  private static final String SECRET = "0123456789abcdef0123456789abcdef";

  @Test
  void from_emptyEnvironment_givesTheInMemoryDemoDefaults() {
    StoreConfig config = StoreConfig.from(Map.of());

    assertThat(config.port()).isEqualTo(8080);
    assertThat(config.storage()).isEqualTo(StorageKind.MEMORY);
    assertThat(config.demoData()).isTrue();
    assertThat(config.jwtSecret()).isEmpty();
    assertThat(config.jwtTtl()).isEqualTo(Duration.ofHours(24));
    assertThat(config.currency().getCurrencyCode()).isEqualTo("USD");
    assertThat(config.taxRate().percent()).isEqualByComparingTo(BigDecimal.ZERO);
    assertThat(config.bcryptCost()).isEqualTo(10);
    assertThat(config.corsOrigins()).isEmpty();
    assertThat(config.admin()).isEmpty();
    assertThat(config.createTables()).isFalse();
    assertThat(config.logFormat()).isEqualTo(LogFormat.TEXT);
    assertThat(config.metricsToken()).isEmpty();
    assertThat(config.catalogCacheTtl()).as("memory needs no catalog cache").isZero();
  }

  @Test
  void from_everyVariableSet_readsEachOne() {
    StoreConfig config = StoreConfig.from(Map.ofEntries(
        Map.entry("PORT", "9090"),
        Map.entry("STORE_STORAGE", "dynamodb"),
        Map.entry("STORE_JWT_SECRET", SECRET),
        Map.entry("STORE_JWT_TTL", "PT2H"),
        Map.entry("STORE_ADMIN_EMAIL", "Boss@Example.com"),
        Map.entry("STORE_ADMIN_PASSWORD", "a long password"),
        Map.entry("STORE_CURRENCY", "eur"),
        Map.entry("STORE_TAX_RATE", "19"),
        Map.entry("STORE_BCRYPT_COST", "12"),
        Map.entry("STORE_CORS_ORIGINS", "https://shop.example.com, http://localhost:3000"),
        Map.entry("AWS_REGION", "eu-west-1"),
        Map.entry("STORE_DYNAMODB_ENDPOINT", "http://127.0.0.1:5000"),
        Map.entry("STORE_TABLE_PREFIX", "test_"),
        Map.entry("STORE_DYNAMODB_CREATE_TABLES", "true"),
        Map.entry("STORE_LOG_FORMAT", "json"),
        Map.entry("STORE_METRICS_TOKEN", "a-scraper-token-of-32-characters"),
        Map.entry("STORE_CATALOG_CACHE_TTL", "PT30S")));

    assertThat(config.port()).isEqualTo(9090);
    assertThat(config.storage()).isEqualTo(StorageKind.DYNAMODB);
    assertThat(config.demoData()).isFalse();
    assertThat(config.jwtSecret()).hasValueSatisfying(s -> assertThat(s).hasSize(32));
    assertThat(config.jwtTtl()).isEqualTo(Duration.ofHours(2));
    assertThat(config.admin()).hasValueSatisfying(a -> assertThat(a.email()).isEqualTo("Boss@Example.com"));
    assertThat(config.currency().getCurrencyCode()).isEqualTo("EUR");
    assertThat(config.taxRate().percent()).isEqualByComparingTo("19");
    assertThat(config.bcryptCost()).isEqualTo(12);
    assertThat(config.corsOrigins()).containsExactly("https://shop.example.com", "http://localhost:3000");
    assertThat(config.awsRegion()).isEqualTo("eu-west-1");
    assertThat(config.dynamoDbEndpoint()).contains(URI.create("http://127.0.0.1:5000"));
    assertThat(config.tablePrefix()).isEqualTo("test_");
    assertThat(config.createTables()).isTrue();
    assertThat(config.logFormat()).isEqualTo(LogFormat.JSON);
    assertThat(config.metricsToken()).hasValueSatisfying(
        token -> assertThat(token.value()).isEqualTo("a-scraper-token-of-32-characters"));
    assertThat(config.catalogCacheTtl()).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void from_dynamoDbWithoutCatalogCacheTtl_cachesTheCatalogForFiveSeconds() {
    StoreConfig config = StoreConfig.from(Map.of("STORE_STORAGE", "dynamodb", "STORE_JWT_SECRET", SECRET));

    assertThat(config.catalogCacheTtl()).isEqualTo(Duration.ofSeconds(5));
  }

  @Test
  void from_catalogCacheTtl_acceptsZeroToTenMinutes() {
    Map<String, Duration> accepted = Map.of(
        "0", Duration.ZERO,
        "PT0S", Duration.ZERO,
        "PT0.5S", Duration.ofMillis(500),
        " PT1S ", Duration.ofSeconds(1),
        "PT10M", Duration.ofMinutes(10));
    accepted.forEach((value, ttl) -> assertThat(StoreConfig.from(Map.of(
            "STORE_STORAGE", "dynamodb", "STORE_JWT_SECRET", SECRET, "STORE_CATALOG_CACHE_TTL", value))
        .catalogCacheTtl()).as(value).isEqualTo(ttl));
    assertThat(StoreConfig.from(Map.of("STORE_CATALOG_CACHE_TTL", "PT2S")).catalogCacheTtl())
        .as("memory can have one too").isEqualTo(Duration.ofSeconds(2));
  }

  @Test
  void from_badCatalogCacheTtl_isOneLineNamingTheVariableAndTheRange() {
    for (String value : new String[] {"5", "5s", "PT10M0.001S", "-PT1S", "P1D", "soon"}) {
      assertThatThrownBy(() -> StoreConfig.from(Map.of("STORE_CATALOG_CACHE_TTL", value)))
          .as(value)
          .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.problems()).singleElement().asString()
              .startsWith("STORE_CATALOG_CACHE_TTL: '" + value + "' is not valid")
              .contains("PT0S to PT10M"));
    }
  }

  @Test
  void httpThreads_defaultToAFewPerCoreInMemory_andJettysDefaultOnDynamoDb() {
    int cores = Runtime.getRuntime().availableProcessors();

    assertThat(StoreConfig.from(Map.of()).httpThreads()).isEqualTo(Math.max(16, 8 * cores));
    assertThat(StoreConfig.from(Map.of("STORE_STORAGE", "dynamodb", "STORE_JWT_SECRET", SECRET)).httpThreads())
        .isEqualTo(200);
    assertThat(StoreConfig.from(Map.of("STORE_HTTP_THREADS", "64")).httpThreads()).isEqualTo(64);
  }

  @Test
  void from_badHttpThreads_isOneLineNamingTheVariableAndTheRange() {
    for (String value : new String[] {"7", "1001", "many", "-16"}) {
      assertThatThrownBy(() -> StoreConfig.from(Map.of("STORE_HTTP_THREADS", value)))
          .as(value)
          .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.problems()).singleElement().asString()
              .startsWith("STORE_HTTP_THREADS: '" + value + "' is not valid")
              .contains("8 to 1000"));
    }
  }

  @Test
  void from_shortOrSpacedMetricsToken_isRefusedWithoutEchoingIt() {
    for (String token : new String[] {"too-short", "sixteen chars with spaces"}) {
      assertThatThrownBy(() -> StoreConfig.from(Map.of("STORE_METRICS_TOKEN", token)))
          .isInstanceOfSatisfying(ConfigException.class, e -> {
            assertThat(e.problems()).singleElement().asString().startsWith("STORE_METRICS_TOKEN:").contains("16");
            assertThat(e.getMessage()).doesNotContain(token);
          });
    }
  }

  @Test
  void metricsToken_isNeverShownByToString() {
    StoreConfig config = StoreConfig.from(Map.of("STORE_METRICS_TOKEN", "a-scraper-token-of-32-characters"));

    assertThat(config.toString()).doesNotContain("a-scraper-token-of-32-characters");
  }

  @Test
  void from_severalBadValues_reportsOneLineForEachNamingTheVariable() {
    assertThatThrownBy(() -> StoreConfig.from(Map.of(
            "PORT", "eighty",
            "STORE_STORAGE", "postgres",
            "STORE_TAX_RATE", "-3",
            "STORE_BCRYPT_COST", "3",
            "STORE_CORS_ORIGINS", "*")))
        .isInstanceOfSatisfying(ConfigException.class, e -> {
          List<String> problems = e.problems();
          assertThat(problems).hasSize(5);
          assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("PORT:").contains("0 to 65535"));
          assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("STORE_STORAGE:").contains("memory or dynamodb"));
          assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("STORE_TAX_RATE:"));
          assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("STORE_BCRYPT_COST:"));
          assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("STORE_CORS_ORIGINS:"));
        });
  }

  @Test
  void from_shortSecret_isRefusedWithoutEchoingTheSecret() {
    assertThatThrownBy(() -> StoreConfig.from(Map.of("STORE_JWT_SECRET", "too-short-secret")))
        .isInstanceOfSatisfying(ConfigException.class, e -> {
          assertThat(e.problems()).singleElement().asString().startsWith("STORE_JWT_SECRET:").contains("32 bytes");
          assertThat(e.getMessage()).doesNotContain("too-short-secret");
        });
  }

  @Test
  void from_dynamoDbWithoutSecret_refusesToStart() {
    assertThatThrownBy(() -> StoreConfig.from(Map.of("STORE_STORAGE", "dynamodb")))
        .isInstanceOfSatisfying(ConfigException.class,
            e -> assertThat(e.problems()).singleElement().asString().startsWith("STORE_JWT_SECRET: required"));
  }

  @Test
  void from_adminEmailWithoutPassword_isRefused() {
    assertThatThrownBy(() -> StoreConfig.from(Map.of("STORE_ADMIN_EMAIL", "boss@example.com")))
        .isInstanceOfSatisfying(ConfigException.class,
            e -> assertThat(e.problems()).singleElement().asString().contains("set both or neither"));
  }

  @Test
  void from_badTtlCurrencyEndpointAndPrefix_areEachReported() {
    assertThatThrownBy(() -> StoreConfig.from(Map.of(
            "STORE_JWT_TTL", "tomorrow",
            "STORE_CURRENCY", "XYZW",
            "STORE_DYNAMODB_ENDPOINT", "ftp://example.com",
            "STORE_TABLE_PREFIX", "bad prefix!",
            "STORE_DEMO_DATA", "maybe",
            "STORE_LOG_FORMAT", "xml")))
        .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.problems())
            .extracting(p -> p.substring(0, p.indexOf(':')))
            .containsExactlyInAnyOrder("STORE_JWT_TTL", "STORE_CURRENCY", "STORE_DYNAMODB_ENDPOINT",
                "STORE_TABLE_PREFIX", "STORE_DEMO_DATA", "STORE_LOG_FORMAT"));
  }
}
