package io.cloudstore.bootstrap.ops;

import static io.cloudstore.bootstrap.ops.HttpJson.bearer;
import static io.cloudstore.bootstrap.ops.HttpJson.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.cloudstore.bootstrap.CloudStoreApp;
import io.cloudstore.bootstrap.StoreConfig;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A scripted shopper journey against the real shop (in memory, in this JVM), then one scrape of
 * {@code /metrics}: every business counter, the request timers and the storage timers moved as the journey
 * says they should.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ShopperJourneyMetricsIT {
  private static final String METRICS_TOKEN = "journey-metrics-token-0123456789";
  private static final String ADMIN_EMAIL = "boss@example.com";
  private static final String ADMIN_PASSWORD = "admin password 42";
  private static final Map<String, Object> ADDRESS = Map.of(
      "fullName", "Ana Lima", "line1", "1 Main St", "city", "Springfield", "postalCode", "12345", "country", "US");

  private CloudStoreApp app;
  private HttpJson http;
  private Scrape scrape;

  @BeforeAll
  void runTheJourneyAndScrape() {
    app = CloudStoreApp.start(StoreConfig.from(Map.of(
        "PORT", "0",
        "STORE_DEMO_DATA", "false",
        "STORE_BCRYPT_COST", "4",
        "STORE_ADMIN_EMAIL", ADMIN_EMAIL,
        "STORE_ADMIN_PASSWORD", ADMIN_PASSWORD,
        "STORE_METRICS_TOKEN", METRICS_TOKEN)));
    http = new HttpJson(app.port());

    String admin = token(http.post("/api/auth/login", Map.of("email", ADMIN_EMAIL, "password", ADMIN_PASSWORD)));
    String mug = json(expect(201, http.post("/api/admin/products", Map.of("name", "Camp mug", "category", "Kitchen",
        "price", 1250, "stock", 3, "description", "Enamel"), "Authorization", bearer(admin)))).path("id").asText();

    var registration = Map.of("name", "Ana", "email", "ana@example.com", "password", "correct horse battery");
    expect(201, http.post("/api/auth/register", registration));
    expect(409, http.post("/api/auth/register", registration));
    expect(401, http.post("/api/auth/login", Map.of("email", "ana@example.com", "password", "wrong password")));
    String ana = token(http.post("/api/auth/login", Map.of("email", "ana@example.com",
        "password", "correct horse battery")));
    String auth = bearer(ana);

    expect(200, http.put("/api/cart", Map.of("items", List.of(Map.of("productId", mug, "quantity", 1))),
        "Authorization", auth));
    var fromCart = Map.of("shippingAddress", ADDRESS);
    String first = json(expect(201, http.post("/api/orders", fromCart, "Authorization", auth,
        "Idempotency-Key", "journey-1"))).path("id").asText();
    expect(200, http.post("/api/orders", fromCart, "Authorization", auth, "Idempotency-Key", "journey-1"));
    expect(422, http.post("/api/orders", fromCart, "Authorization", auth)); // the cart is empty now
    expect(409, http.post("/api/orders", Map.of("items", List.of(Map.of("productId", mug, "quantity", 5)),
        "shippingAddress", ADDRESS), "Authorization", auth));
    String second = json(expect(201, http.post("/api/orders", Map.of("items",
        List.of(Map.of("productId", mug, "quantity", 2)), "shippingAddress", ADDRESS), "Authorization", auth)))
        .path("id").asText();
    expect(200, http.post("/api/orders/" + first + "/cancel", "", "Authorization", auth));
    expect(200, http.post("/api/admin/orders/" + second + "/ship", "", "Authorization", bearer(admin)));

    var guessing = Map.of("email", "victim@example.com", "password", "guess number n");
    for (int i = 0; i < 5; i++) {
      expect(401, http.post("/api/auth/login", guessing));
    }
    expect(429, http.post("/api/auth/login", guessing));

    scrape = new Scrape(expect(200, http.get("/metrics", "Authorization", bearer(METRICS_TOKEN))).body());
  }

  @AfterAll
  void stop() {
    if (app != null) {
      app.close();
    }
  }

  @Test
  void metrics_withoutTheToken_areRefused() {
    assertThat(http.get("/metrics").statusCode()).isEqualTo(401);
    assertThat(http.get("/metrics", "Authorization", bearer("journey-metrics-token-wrong")).statusCode())
        .isEqualTo(401);
  }

  @Test
  void registrationsAndLogIns_areCountedByOutcome() {
    assertThat(scrape.value("cloudstore_registrations_total", "outcome", "success")).isEqualTo(1);
    assertThat(scrape.value("cloudstore_registrations_total", "outcome", "email_taken")).isEqualTo(1);
    assertThat(scrape.value("cloudstore_logins_total", "outcome", "success")).as("admin and Ana").isEqualTo(2);
    assertThat(scrape.value("cloudstore_logins_total", "outcome", "bad_credentials")).isEqualTo(6);
    assertThat(scrape.value("cloudstore_logins_total", "outcome", "throttled")).isEqualTo(1);
  }

  @Test
  void cartsOrdersAndCheckoutFailures_areCounted_soThatConversionCanBeComputed() {
    assertThat(scrape.value("cloudstore_carts_saved_total")).isEqualTo(1);
    assertThat(scrape.value("cloudstore_orders_placed_total")).isEqualTo(2);
    assertThat(scrape.value("cloudstore_checkout_failures_total", "reason", "idempotent_replay")).isEqualTo(1);
    assertThat(scrape.value("cloudstore_checkout_failures_total", "reason", "validation")).isEqualTo(1);
    assertThat(scrape.value("cloudstore_checkout_failures_total", "reason", "insufficient_stock")).isEqualTo(1);
    assertThat(scrape.value("cloudstore_checkout_failures_total", "reason", "total_changed")).isZero();
    assertThat(scrape.value("cloudstore_orders_cancelled_total")).isEqualTo(1);
    assertThat(scrape.value("cloudstore_orders_shipped_total")).isEqualTo(1);
  }

  @Test
  void orderValue_summarisesThePlacedTotalsInDollars() {
    assertThat(scrape.value("cloudstore_orders_value_count", "currency", "USD")).isEqualTo(2);
    assertThat(scrape.value("cloudstore_orders_value_sum", "currency", "USD")).isEqualTo(12.50 + 25.00);
    assertThat(scrape.value("cloudstore_orders_value_max", "currency", "USD")).isEqualTo(25.00);
  }

  @Test
  void httpRequests_areTimedPerRouteTemplateMethodAndStatusClass_withHistogramBuckets() {
    assertThat(scrape.value("http_server_requests_seconds_count", "uri", "/api/orders", "method", "POST",
        "status", "2xx")).isEqualTo(3);
    assertThat(scrape.value("http_server_requests_seconds_count", "uri", "/api/orders", "method", "POST",
        "status", "4xx")).isEqualTo(2);
    assertThat(scrape.value("http_server_requests_seconds_count", "uri", "/api/auth/login", "status", "4xx"))
        .isEqualTo(7);
    assertThat(scrape.value("http_server_requests_seconds_bucket", "uri", "/api/orders/{id}/cancel",
        "le", "+Inf")).isEqualTo(1);
    assertThat(scrape.matching("http_server_requests_seconds_bucket", "uri", "/api/orders", "method", "POST"))
        .as("buckets for histogram_quantile").hasSizeGreaterThan(10);
    assertThat(scrape.matching("http_server_requests_seconds_count", "uri", "/api/orders/" + "x"))
        .as("no raw paths as tags").isEmpty();
    assertThat(scrape.value("http_server_requests_active")).as("the scrape itself is in flight")
        .isGreaterThanOrEqualTo(1);
  }

  @Test
  void storageCalls_areTimedPerRepositoryOperationAndOutcome() {
    assertThat(scrape.value("cloudstore_storage_operations_seconds_count", "storage", "memory",
        "repository", "orders", "operation", "placeOrder", "outcome", "success")).isEqualTo(2);
    assertThat(scrape.value("cloudstore_storage_operations_seconds_count",
        "repository", "orders", "operation", "placeOrder", "outcome", "rejected")).isEqualTo(1);
    assertThat(scrape.value("cloudstore_storage_operations_seconds_count",
        "repository", "users", "operation", "create", "outcome", "rejected")).as("the taken email").isEqualTo(1);
    assertThat(scrape.value("cloudstore_storage_errors_total")).isZero();
  }

  @Test
  void jvmAndProcessMeters_areThere() {
    assertThat(scrape.has("jvm_memory_used_bytes")).isTrue();
    assertThat(scrape.has("jvm_threads_live_threads")).isTrue();
    assertThat(scrape.has("jvm_classes_loaded_classes")).isTrue();
    assertThat(scrape.has("process_uptime_seconds")).isTrue();
    assertThat(scrape.has("process_cpu_usage")).isTrue();
    assertThat(scrape.value("process_uptime_seconds")).isPositive();
  }

  private static HttpResponse<String> expect(int status, HttpResponse<String> response) {
    assertThat(response.statusCode()).as("%s %s: %s", response.request().method(), response.request().uri(),
        response.body()).isEqualTo(status);
    return response;
  }

  private static String token(HttpResponse<String> login) {
    return json(expect(200, login)).path("token").asText();
  }
}
