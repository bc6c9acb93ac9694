package io.cloudstore.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudstore.bootstrap.ops.Jar;
import io.cloudstore.bootstrap.ops.ShopProcess;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/** The shaded jar, started as a newcomer would start it: {@code java -jar cloud-store.jar}. */
class JarStartupIT {
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  @Test
  void jar_startsInMemoryWithTheDemoCatalog_servesHealthPagesAndApi_andStopsCleanlyOnSigterm() throws Exception {
    try (ShopProcess shop = ShopProcess.start(Map.of("STORE_BCRYPT_COST", "4"))) {
      String base = "http://127.0.0.1:" + shop.port();

      HttpResponse<String> health = get(base + "/health");
      assertThat(health.statusCode()).isEqualTo(200);
      assertThat(health.body()).contains("\"status\":\"UP\"").contains("\"storage\":\"memory\"");

      HttpResponse<String> page = get(base + "/index.html");
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
      assertThat(page.headers().firstValue("Content-Security-Policy")).isPresent();

      HttpResponse<String> products = get(base + "/api/products?limit=100");
      assertThat(products.statusCode()).isEqualTo(200);
      assertThat(countOccurrences(products.body(), "\"id\":")).isGreaterThanOrEqualTo(24);

      HttpResponse<String> categories = get(base + "/api/categories");
      assertThat(countOccurrences(categories.body(), "\"name\":")).isGreaterThanOrEqualTo(4);

      String log = shop.stop(); // SIGTERM
      assertThat(shop.exitValue()).isIn(0, 143);
      assertThat(log).contains("Cloud Store stopped").doesNotContain("Exception");
    }
  }

  @Test
  void jar_onSigterm_letsAnInFlightRequestFinishBeforeStopping() throws Exception {
    // bcrypt at cost 15 takes seconds, so a login is still running when the signal arrives
    try (ShopProcess shop = ShopProcess.start(Map.of("STORE_BCRYPT_COST", "15", "STORE_DEMO_DATA", "false",
        "STORE_ADMIN_EMAIL", "boss@example.com", "STORE_ADMIN_PASSWORD", "correct horse battery"))) {
      CompletableFuture<HttpResponse<String>> login = http.sendAsync(
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + shop.port() + "/api/auth/login"))
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(
                  "{\"email\":\"boss@example.com\",\"password\":\"correct horse battery\"}"))
              .build(),
          HttpResponse.BodyHandlers.ofString());
      assertThatThrownBy(() -> login.get(500, TimeUnit.MILLISECONDS))
          .as("the login is still being processed").isInstanceOf(TimeoutException.class);

      String log = shop.stop(); // SIGTERM while the login is in flight

      HttpResponse<String> answer = login.get(60, TimeUnit.SECONDS);
      assertThat(answer.statusCode()).isEqualTo(200);
      assertThat(answer.body()).contains("\"token\"");
      assertThat(log).contains("Cloud Store stopped");
    }
  }

  @Test
  void jar_withBadConfiguration_exitsWithCodeTwoAndOneLinePerProblem() throws Exception {
    Jar.Result result = Jar.run(Map.of("PORT", "not-a-port", "STORE_STORAGE", "mongodb"));

    assertThat(result.exitCode()).as("%s", result).isEqualTo(2);
    assertThat(result.err().lines())
        .filteredOn(line -> line.startsWith("Configuration error: "))
        .hasSize(2)
        .anySatisfy(line -> assertThat(line).contains("PORT"))
        .anySatisfy(line -> assertThat(line).contains("STORE_STORAGE"));
  }

  private HttpResponse<String> get(String url) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static int countOccurrences(String text, String needle) {
    return (text.length() - text.replace(needle, "").length()) / needle.length();
  }
}
