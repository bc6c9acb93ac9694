package io.cloudstore.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The shaded jar, started as a newcomer would start it: {@code java -jar cloud-store.jar}. */
class JarStartupIT {
  private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private Process shop;
  private Path log;

  @AfterEach
  void stopShop() {
    if (shop != null && shop.isAlive()) {
      shop.destroyForcibly();
    }
  }

  @Test
  void jar_startsInMemoryWithTheDemoCatalog_servesHealthPagesAndApi_andStopsCleanlyOnSigterm() throws Exception {
    int port = freePort();
    startJar(port);
    String base = "http://127.0.0.1:" + port;

    HttpResponse<String> health = awaitHealthy(base);
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

    shop.destroy(); // SIGTERM
    assertThat(shop.waitFor(30, TimeUnit.SECONDS)).as("the shop stops within 30 s of SIGTERM").isTrue();
    assertThat(shop.exitValue()).isIn(0, 143);
    assertThat(Files.readString(log)).contains("Cloud Store stopped").doesNotContain("Exception");
  }

  @Test
  void jar_onSigterm_letsAnInFlightRequestFinishBeforeStopping() throws Exception {
    int port = freePort();
    // bcrypt at cost 15 takes seconds, so a login is still running when the signal arrives
    startJar(port, Map.of("STORE_BCRYPT_COST", "15", "STORE_DEMO_DATA", "false",
        "STORE_ADMIN_EMAIL", "boss@example.com", "STORE_ADMIN_PASSWORD", "correct horse battery"));
    String base = "http://127.0.0.1:" + port;
    awaitHealthy(base);

    CompletableFuture<HttpResponse<String>> login = http.sendAsync(
        HttpRequest.newBuilder(URI.create(base + "/api/auth/login"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(
                "{\"email\":\"boss@example.com\",\"password\":\"correct horse battery\"}"))
            .build(),
        HttpResponse.BodyHandlers.ofString());
    assertThatThrownBy(() -> login.get(500, TimeUnit.MILLISECONDS))
        .as("the login is still being processed").isInstanceOf(TimeoutException.class);

    shop.destroy(); // SIGTERM while the login is in flight

    HttpResponse<String> answer = login.get(60, TimeUnit.SECONDS);
    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.body()).contains("\"token\"");
    assertThat(shop.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(Files.readString(log)).contains("Cloud Store stopped");
  }

  @Test
  void jar_withBadConfiguration_exitsWithCodeTwoAndOneLinePerProblem() throws Exception {
    log = Files.createTempFile("cloud-store-bad-config", ".log");
    ProcessBuilder builder = new ProcessBuilder(java(), "-jar", jar().toString())
        .redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().put("PORT", "not-a-port");
    builder.environment().put("STORE_STORAGE", "mongodb");
    shop = builder.start();

    assertThat(shop.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(shop.exitValue()).isEqualTo(2);
    assertThat(Files.readAllLines(log))
        .filteredOn(line -> line.startsWith("Configuration error: "))
        .hasSize(2)
        .anySatisfy(line -> assertThat(line).contains("PORT"))
        .anySatisfy(line -> assertThat(line).contains("STORE_STORAGE"));
  }

  private void startJar(int port) throws IOException {
    startJar(port, Map.of("STORE_BCRYPT_COST", "4"));
  }

  private void startJar(int port, Map<String, String> env) throws IOException {
    log = Files.createTempFile("cloud-store", ".log");
    ProcessBuilder builder = new ProcessBuilder(java(), "-jar", jar().toString())
        .redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().remove("STORE_STORAGE");
    builder.environment().put("PORT", String.valueOf(port));
    builder.environment().putAll(env);
    shop = builder.start();
  }

  private HttpResponse<String> awaitHealthy(String base) throws Exception {
    Instant deadline = Instant.now().plus(START_TIMEOUT);
    while (Instant.now().isBefore(deadline)) {
      assertThat(shop.isAlive()).as("the shop process is running; log:%n%s", Files.readString(log)).isTrue();
      try {
        HttpResponse<String> response = get(base + "/health");
        if (response.statusCode() == 200) {
          return response;
        }
      } catch (IOException notYetListening) {
        // the port is not open yet
      }
      try {
        shop.onExit().get(100, TimeUnit.MILLISECONDS); // waits a little, or returns at once if it died
      } catch (TimeoutException stillRunning) {
        // poll again
      }
    }
    throw new AssertionError("no 200 from /health within " + START_TIMEOUT + "; log:\n" + Files.readString(log));
  }

  private HttpResponse<String> get(String url) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static int countOccurrences(String text, String needle) {
    return (text.length() - text.replace(needle, "").length()) / needle.length();
  }

  private static Path jar() {
    Path jar = Path.of(System.getProperty("cloudstore.jar", "target/cloud-store.jar"));
    assertThat(jar).as("the shaded jar is built by 'package' before Failsafe runs").exists();
    return jar;
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
