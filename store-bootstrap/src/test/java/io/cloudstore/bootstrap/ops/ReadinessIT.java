package io.cloudstore.bootstrap.ops;

import static io.cloudstore.bootstrap.ops.HttpJson.bearer;
import static io.cloudstore.bootstrap.ops.HttpJson.json;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.cloudstore.adapter.out.persistence.dynamodb.DynamoDbSettings;
import io.cloudstore.adapter.out.persistence.dynamodb.DynamoDbStorage;
import io.cloudstore.application.port.out.persistence.PageCursorCodec;
import io.cloudstore.bootstrap.CloudStoreApp;
import io.cloudstore.bootstrap.StoreConfig;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * The shop on DynamoDB (an emulator of this test's own), while that DynamoDB goes away and comes back:
 * liveness stays UP, readiness turns DOWN and then UP again, requests meanwhile get 503, the failures are
 * counted per storage operation, and the log lines of each failed request carry its request id.
 */
class ReadinessIT {
  private static final String METRICS_TOKEN = "readiness-metrics-token-0123";

  private final ListAppender<ILoggingEvent> logLines = new ListAppender<>() {
    @Override
    protected void append(ILoggingEvent event) {
      event.prepareForDeferredProcessing(); // keeps the MDC of the thread that logged
      super.append(event);
    }
  };
  private MotoServer moto;
  private CloudStoreApp shop;

  @AfterEach
  void stopEverything() throws InterruptedException {
    rootLogger().detachAppender(logLines);
    if (shop != null) {
      shop.close();
    }
    if (moto != null) {
      moto.close();
    }
  }

  @Test
  void readiness_turnsDownWhileDynamoDbIsUnreachable_andUpAgainAfter() throws Exception {
    moto = new MotoServer(ShopProcess.freePort());
    moto.start();
    String prefix = "ready-it-" + UUID.randomUUID().toString().substring(0, 8) + "-";
    shop = CloudStoreApp.start(StoreConfig.from(Map.of(
        "PORT", "0",
        "STORE_STORAGE", "dynamodb",
        "STORE_DYNAMODB_ENDPOINT", moto.endpoint(),
        "STORE_TABLE_PREFIX", prefix,
        "STORE_DYNAMODB_CREATE_TABLES", "true",
        "STORE_JWT_SECRET", "readiness-it-secret-" + UUID.randomUUID(),
        "STORE_BCRYPT_COST", "4",
        "STORE_METRICS_TOKEN", METRICS_TOKEN)));
    HttpJson http = new HttpJson(shop.port());
    assertThat(http.get("/health/ready").statusCode()).isEqualTo(200);
    logLines.start();
    rootLogger().addAppender(logLines);

    moto.stop();

    var ready = http.get("/health/ready", "X-Request-Id", "ready-while-down");
    assertThat(ready.statusCode()).isEqualTo(503);
    assertThat(json(ready).path("status").asText()).isEqualTo("DOWN");
    assertThat(json(ready).path("storage").asText()).isEqualTo("dynamodb");
    assertThat(http.get("/health").statusCode()).isEqualTo(503);
    assertThat(http.get("/health/live").statusCode()).as("the process itself is fine").isEqualTo(200);
    var catalog = http.get("/api/products", "X-Request-Id", "catalog-while-down");
    assertThat(catalog.statusCode()).isEqualTo(503);
    assertThat(json(catalog).path("type").asText()).isEqualTo("/problems/storage-unavailable");
    assertThat(linesOf("catalog-while-down")).extracting(ILoggingEvent::getLoggerName)
        .contains("io.cloudstore.adapter.in.http.support.ErrorMapping", "io.cloudstore.access");
    assertThat(linesOf("ready-while-down")).extracting(ILoggingEvent::getFormattedMessage)
        .anySatisfy(line -> assertThat(line).contains("health check failed"));

    moto.start(); // a new, empty emulator at the same address
    try (var tables = DynamoDbStorage.connect(
        new DynamoDbSettings("us-east-1", Optional.of(URI.create(moto.endpoint())), prefix),
        new PageCursorCodec(new byte[32]), Clock.systemUTC())) {
      tables.createMissingTables();
    }

    var readyAgain = http.get("/health/ready");
    assertThat(readyAgain.statusCode()).isEqualTo(200);
    assertThat(json(readyAgain).path("status").asText()).isEqualTo("UP");
    assertThat(http.get("/api/products").statusCode()).isEqualTo(200);
    Scrape scrape = new Scrape(http.get("/metrics", "Authorization", bearer(METRICS_TOKEN)).body());
    assertThat(scrape.value("cloudstore_storage_errors_total", "storage", "dynamodb", "repository", "products",
        "operation", "search", "error", "unavailable")).isEqualTo(1);
    assertThat(scrape.value("cloudstore_storage_operations_seconds_count", "repository", "health",
        "outcome", "success")).isGreaterThanOrEqualTo(4);
  }

  private List<ILoggingEvent> linesOf(String requestId) {
    return logLines.list.stream().filter(e -> requestId.equals(e.getMDCPropertyMap().get("requestId"))).toList();
  }

  private static Logger rootLogger() {
    return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
  }
}
