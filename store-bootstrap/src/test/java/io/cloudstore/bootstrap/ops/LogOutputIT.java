package io.cloudstore.bootstrap.ops;

import static io.cloudstore.bootstrap.ops.HttpJson.bearer;
import static io.cloudstore.bootstrap.ops.HttpJson.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The shop's whole log, as the jar writes it, after sign-ups, log-ins (right and wrong), a token check, a
 * malformed body and metrics scrapes: no password, token or secret appears anywhere in it, and every line
 * written while handling a request carries that request's id (successful scrapes are logged at DEBUG, so
 * only the refused one has an access line). The shop writes its log on a background thread, so a burst of
 * requests followed at once by SIGTERM must still leave one access line per request, and the stop line last.
 */
class LogOutputIT {
  private static final String JWT_SECRET = "jwt-secret-that-must-never-be-logged-0123456789";
  private static final String METRICS_TOKEN = "metrics-token-never-logged-42";
  private static final String ADMIN_PASSWORD = "admin-password-never-logged";
  private static final String PASSWORD = "ana-password-never-logged";
  private static final String WRONG_PASSWORD = "wrong-guess-never-logged";
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void jsonLogs_areOneObjectPerLine_carryTheRequestId_andHoldNoSecret() throws Exception {
    List<String> secrets = new ArrayList<>(List.of(JWT_SECRET, METRICS_TOKEN, ADMIN_PASSWORD, PASSWORD,
        WRONG_PASSWORD));
    String log;
    try (ShopProcess shop = ShopProcess.start(environment("json"))) {
      secrets.addAll(journey(shop.http()));
      log = shop.stop();
    }

    assertThat(log).contains("Cloud Store stopped");
    secrets.forEach(secret -> assertThat(log).as("the log holds no secret").doesNotContain(secret));
    List<JsonNode> lines = new ArrayList<>();
    for (String line : log.split("\n")) {
      lines.add(JSON.readTree(line)); // fails on any line that is not JSON
    }
    List<String> requestIds =
        List.of("signup-1", "login-wrong", "login-right", "verify-1", "bad-json", "scrape-refused");
    for (String requestId : requestIds) {
      assertThat(lines).filteredOn(line -> line.path("loggerName").asText().equals("io.cloudstore.access"))
          .filteredOn(line -> line.path("formattedMessage").asText().contains("requestId=" + requestId))
          .singleElement()
          .satisfies(line -> assertThat(line.path("mdc").path("requestId").asText()).isEqualTo(requestId));
    }
    assertThat(lines).filteredOn(line -> line.path("threadName").asText().startsWith("JettyServerThreadPool"))
        .isNotEmpty()
        .allSatisfy(line -> assertThat(line.path("mdc").path("requestId").asText())
            .as("a line written while handling a request: %s", line).isNotBlank());
  }

  @Test
  void textLogs_areHumanReadableLines_withTheRequestId_andHoldNoSecret() throws Exception {
    List<String> secrets = new ArrayList<>(List.of(JWT_SECRET, METRICS_TOKEN, ADMIN_PASSWORD, PASSWORD,
        WRONG_PASSWORD));
    String log;
    try (ShopProcess shop = ShopProcess.start(environment("text"))) {
      secrets.addAll(journey(shop.http()));
      log = shop.stop();
    }

    secrets.forEach(secret -> assertThat(log).as("the log holds no secret").doesNotContain(secret));
    assertThat(log.lines()).anySatisfy(line -> assertThat(line)
        .matches("\\d{4}-\\d\\d-\\d\\dT[0-9:.]+Z INFO  \\[login-wrong] io\\.cloudstore\\.access - method=POST "
            + "path=/api/auth/login status=401 .*requestId=login-wrong"));
    assertThat(log).doesNotContain("{\"timestamp\"");
  }

  @Test
  void everyRequest_hasItsAccessLine_evenWhenTheShopIsStoppedRightAfterABurst() throws Exception {
    int clients = 8;
    int requestsEach = 250;
    String log;
    try (ShopProcess shop = ShopProcess.start(environment("text"))) {
      var burst = Executors.newFixedThreadPool(clients);
      List<Future<?>> done = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        int client = c;
        done.add(burst.submit(() -> {
          for (int i = 0; i < requestsEach; i++) {
            String requestId = "burst-" + client + "-" + i;
            assertThat(shop.http().get("/api/products?limit=1", "X-Request-Id", requestId).statusCode())
                .isEqualTo(200);
          }
        }));
      }
      for (Future<?> client : done) {
        client.get(60, TimeUnit.SECONDS);
      }
      burst.shutdown();
      log = shop.stop();
    }

    Set<String> logged = log.lines()
        .filter(line -> line.contains(" io.cloudstore.access - ") && line.contains("requestId=burst-"))
        .map(line -> line.substring(line.indexOf("requestId=") + "requestId=".length()))
        .collect(Collectors.toSet());
    assertThat(logged).as("one access line per request, none lost when the shop stopped")
        .hasSize(clients * requestsEach);
    assertThat(log.strip()).endsWith("Cloud Store stopped");
  }

  /** Returns the tokens the shop handed out, which must not be logged either. */
  private static List<String> journey(HttpJson http) {
    var signUp = http.post("/api/auth/register",
        Map.of("name", "Ana", "email", "ana@example.com", "password", PASSWORD), "X-Request-Id", "signup-1");
    assertThat(signUp.statusCode()).isEqualTo(201);
    assertThat(http.post("/api/auth/login", Map.of("email", "ana@example.com", "password", WRONG_PASSWORD),
        "X-Request-Id", "login-wrong").statusCode()).isEqualTo(401);
    var logIn = http.post("/api/auth/login", Map.of("email", "ana@example.com", "password", PASSWORD),
        "X-Request-Id", "login-right");
    assertThat(logIn.statusCode()).isEqualTo(200);
    String token = json(logIn).path("token").asText();
    assertThat(http.get("/api/auth/verify", "Authorization", bearer(token), "X-Request-Id", "verify-1")
        .statusCode()).isEqualTo(200);
    assertThat(http.post("/api/auth/login", "{\"email\":\"ana@example.com\",\"password\":\"" + PASSWORD + "\"",
        "X-Request-Id", "bad-json").statusCode()).isEqualTo(400);
    var admin = http.post("/api/auth/login", Map.of("email", "boss@example.com", "password", ADMIN_PASSWORD));
    assertThat(admin.statusCode()).isEqualTo(200);
    assertThat(http.get("/metrics", "Authorization", bearer(METRICS_TOKEN), "X-Request-Id", "scrape-1")
        .statusCode()).isEqualTo(200);
    assertThat(http.get("/metrics", "Authorization", bearer(METRICS_TOKEN + "-wrong"), "X-Request-Id",
        "scrape-refused").statusCode()).isEqualTo(401);
    return List.of(json(signUp).path("token").asText(), token, json(admin).path("token").asText());
  }

  private static Map<String, String> environment(String logFormat) {
    return Map.of(
        "STORE_LOG_FORMAT", logFormat,
        "STORE_DEMO_DATA", "false",
        "STORE_BCRYPT_COST", "4",
        "STORE_JWT_SECRET", JWT_SECRET,
        "STORE_METRICS_TOKEN", METRICS_TOKEN,
        "STORE_ADMIN_EMAIL", "boss@example.com",
        "STORE_ADMIN_PASSWORD", ADMIN_PASSWORD);
  }
}
