package io.cloudstore.adapter.in.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;

import io.cloudstore.adapter.in.http.metrics.HttpMetrics;
import io.cloudstore.application.port.in.product.ProductNotFoundException;
import io.cloudstore.application.port.in.user.InvalidCredentialsException;
import io.cloudstore.domain.page.Page;
import io.cloudstore.domain.product.ProductId;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MetricsEndpointIT {
  private static final String TOKEN = "scraper-token-0123456789";
  private static final String SCRAPE =
      "# TYPE cloudstore_orders_placed_total counter\ncloudstore_orders_placed_total 7.0\n";

  private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private ApiHarness api;

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void metrics_withoutAConfiguredToken_isOff() {
    api = ApiHarness.start();

    var response = api.get("/metrics").header("Authorization", "Bearer " + TOKEN).send();

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).doesNotContain("cloudstore_");
  }

  @Test
  void metrics_withTheToken_servesTheScrapeInItsContentType() {
    startWithMetrics();

    var response = api.get("/metrics").header("Authorization", "Bearer " + TOKEN).send();

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain; version=0.0.4");
    assertThat(response.body()).isEqualTo(SCRAPE);
  }

  @Test
  void metrics_withoutTokenOrWithAnotherOne_is401AndShowsNothing() {
    startWithMetrics();

    var missing = api.get("/metrics").send();
    var wrong = api.get("/metrics").header("Authorization", "Bearer " + TOKEN + "x").send();
    var userToken = api.get("/metrics").as(ApiHarness.ADMIN_TOKEN).send();

    for (var response : List.of(missing, wrong, userToken)) {
      assertThat(response.statusCode()).isEqualTo(401);
      assertThat(response.headers().firstValue("WWW-Authenticate")).isPresent();
      assertThat(response.body()).doesNotContain("cloudstore_orders");
    }
  }

  @Test
  void requests_areTimedPerRouteTemplateMethodAndStatusClass_withAPercentileHistogram() {
    startWithMetrics();
    when(api.viewProduct.view(any())).thenThrow(new ProductNotFoundException(new ProductId("p-404")));
    when(api.listMyOrders.list(any(), any())).thenReturn(Page.last(List.of()));

    api.get("/api/products/p-1").send();
    api.get("/api/products/p-2").send();
    api.get("/api/orders").as(ApiHarness.CUSTOMER_TOKEN).send();
    api.get("/no/such/page").send();

    Timer products = requests("/api/products/{id}", "GET", "4xx");
    assertThat(products.count()).isEqualTo(2);
    assertThat(registry.scrape()).as("buckets for Prometheus quantiles")
        .containsPattern("http_server_requests_seconds_bucket\\{[^}]*uri=\"/api/products/\\{id}\"[^}]*} 2");
    assertThat(requests("/api/orders", "GET", "2xx").count()).isEqualTo(1);
    assertThat(requests("NOT_FOUND", "GET", "4xx").count()).isEqualTo(1);
    assertThat(registry.find(HttpMetrics.REQUESTS).tag("uri", "/no/such/page").timers()).isEmpty();
  }

  @Test
  void activeRequests_countTheRequestsBeingHandled() throws Exception {
    startWithMetrics();
    CountDownLatch entered = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    when(api.listMyOrders.list(any(), any())).thenAnswer(call -> {
      entered.countDown();
      release.await(1, TimeUnit.MINUTES);
      return Page.last(List.of());
    });

    var slow = CompletableFuture.runAsync(
        () -> api.get("/api/orders").as(ApiHarness.CUSTOMER_TOKEN).send());
    try {
      assertThat(entered.await(30, TimeUnit.SECONDS)).isTrue();
      assertThat(registry.get(HttpMetrics.ACTIVE_REQUESTS).gauge().value()).isGreaterThanOrEqualTo(1);
    } finally {
      release.countDown();
      slow.get(30, TimeUnit.SECONDS);
    }
  }

  @Test
  void logInsRefusedByTheThrottle_areCountedAsThrottled() {
    api = ApiHarness.start(
        settings -> settings.withMeterRegistry(registry).withLoginThrottle(1, Duration.ofMinutes(5)));
    when(api.logIn.logIn(any())).thenThrow(new InvalidCredentialsException());
    String body = "{\"email\":\"ana@example.com\",\"password\":\"wrong-password\"}";

    api.post("/api/auth/login", body).send();
    var refused = api.post("/api/auth/login", body).send();

    assertThat(refused.statusCode()).isEqualTo(429);
    assertThat(registry.get(HttpApi.LOGINS_METER).tag("outcome", "throttled").counter().count()).isEqualTo(1);
  }

  private void startWithMetrics() {
    api = ApiHarness.start(settings -> settings.withMeterRegistry(registry)
        .withMetricsEndpoint(new MetricsEndpoint("text/plain; version=0.0.4; charset=utf-8", () -> SCRAPE, TOKEN)));
  }

  private Timer requests(String uri, String method, String status) {
    return registry.get(HttpMetrics.REQUESTS).tags("uri", uri, "method", method, "status", status).timer();
  }
}
