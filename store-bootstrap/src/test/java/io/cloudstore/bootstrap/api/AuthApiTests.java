package io.cloudstore.bootstrap.api;

import static io.cloudstore.bootstrap.api.Problems.assertInvalidFields;
import static io.cloudstore.bootstrap.api.Problems.assertProblem;
import static io.cloudstore.bootstrap.api.Shop.PASSWORD;
import static io.cloudstore.bootstrap.api.Shop.registration;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudstore.bootstrap.api.Shop.Customer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** {@code /api/auth}: register, log in, verify, and every way a token can be wrong. */
interface AuthApiTests extends ShopTest {

  @Test
  default void register_withValidDetails_returns201WithTokenAndUserButNoPasswordHash() {
    String email = Shop.uniqueEmail();

    ApiResponse response = api().post("/api/auth/register", registration("Ana Lima", email, PASSWORD));

    assertThat(response.status()).as("%s", response).isEqualTo(201);
    assertThat(response.contentType()).startsWith("application/json");
    JsonNode body = response.json();
    assertThat(body.path("token").asText().split("\\.")).as("a JWT has three parts").hasSize(3);
    JsonNode user = body.path("user");
    assertThat(user.path("id").asText()).isNotBlank();
    assertThat(user.path("email").asText()).isEqualTo(email);
    assertThat(user.path("name").asText()).isEqualTo("Ana Lima");
    assertThat(user.path("role").asText()).isEqualTo("CUSTOMER");
    assertThat(response.body().toLowerCase(Locale.ROOT)).doesNotContain("password", "hash", "$2a$", "$2b$");
  }

  @Test
  default void register_withEmailAlreadyTakenInAnotherCase_returns409() {
    String email = Shop.uniqueEmail();
    assertThat(api().post("/api/auth/register", registration("First", email, PASSWORD)).status()).isEqualTo(201);

    ApiResponse again =
        api().post("/api/auth/register", registration("Second", "  " + email.toUpperCase(Locale.ROOT), PASSWORD));

    assertProblem(again, 409);
    ApiResponse login = api().post("/api/auth/login", Map.of("email", email, "password", PASSWORD));
    assertThat(login.json().path("user").path("name").asText()).as("the first account is untouched")
        .isEqualTo("First");
  }

  @Test
  default void register_concurrentlyWithTheSameEmail_createsExactlyOneAccount() {
    String email = Shop.uniqueEmail();
    List<CompletableFuture<ApiResponse>> attempts =
        IntStream.range(0, 8)
            .mapToObj(i -> api().sendAsync("POST", "/api/auth/register",
                registration("Racer " + i, email, PASSWORD), null, Map.of()))
            .toList();

    List<Integer> statuses = attempts.stream().map(CompletableFuture::join).map(ApiResponse::status).toList();

    assertThat(statuses).as("statuses").containsOnly(201, 409).filteredOn(s -> s == 201).hasSize(1);
  }

  @Test
  default void register_withEveryFieldInvalid_returns422NamingEachField() {
    ApiResponse response = api().post("/api/auth/register", registration("  ", "not-an-email", "short"));

    assertInvalidFields(response, "name", "email", "password");
  }

  @Test
  default void register_withRoleAdminInTheBody_neverCreatesAnAdmin() {
    Map<String, Object> body = registration("Mallory", Shop.uniqueEmail(), PASSWORD);
    body.put("role", "ADMIN");

    ApiResponse response = api().post("/api/auth/register", body);

    assertThat(response.status()).as("%s", response).isIn(201, 400, 422);
    if (response.status() == 201) {
      assertThat(response.json().path("user").path("role").asText()).isEqualTo("CUSTOMER");
      String token = response.json().path("token").asText();
      assertProblem(api().post("/api/admin/products",
          Shop.productBody(shop().uniqueCategory(), "Lamp", 100, 1), token), 403);
    }
  }

  @Test
  default void register_withMissingFields_returns422NamingEachField() {
    assertInvalidFields(api().post("/api/auth/register", Map.of()), "name", "email", "password");
  }

  @Test
  default void register_withPasswordOfSevenBytes_returns422ForPassword() {
    String sevenBytes = "ééé1"; // 4 characters, 7 UTF-8 bytes
    assertThat(sevenBytes.getBytes(StandardCharsets.UTF_8)).hasSize(7);

    assertInvalidFields(
        api().post("/api/auth/register", registration("Ana", Shop.uniqueEmail(), sevenBytes)), "password");
  }

  @Test
  default void register_withPasswordOfSeventyThreeBytesInMultiByteCharacters_returns422ForPassword() {
    String seventyThreeBytes = "é".repeat(36) + "1"; // 37 characters, 73 UTF-8 bytes
    assertThat(seventyThreeBytes.getBytes(StandardCharsets.UTF_8)).hasSize(73);

    assertInvalidFields(
        api().post("/api/auth/register", registration("Ana", Shop.uniqueEmail(), seventyThreeBytes)), "password");
  }

  @Test
  default void register_withPasswordsOfExactlyEightAndSeventyTwoBytes_succeedsAndLogsIn() {
    for (String password : List.of("éééé", "é".repeat(36))) {
      String email = Shop.uniqueEmail();
      ApiResponse registered = api().post("/api/auth/register", registration("Ana", email, password));
      assertThat(registered.status()).as("%s", registered).isEqualTo(201);

      ApiResponse login = api().post("/api/auth/login", Map.of("email", email, "password", password));
      assertThat(login.status()).as("%s", login).isEqualTo(200);
    }
  }

  @Test
  default void login_withRightPasswordAndEmailInAnyCase_returns200WithTokenAndUser() {
    Customer customer = shop().newCustomer();

    ApiResponse response =
        api().post("/api/auth/login",
            Map.of("email", customer.email().toUpperCase(Locale.ROOT), "password", PASSWORD));

    assertThat(response.status()).as("%s", response).isEqualTo(200);
    JsonNode body = response.json();
    assertThat(body.path("token").asText()).isNotBlank();
    assertThat(body.path("user").path("id").asText()).isEqualTo(customer.id());
    assertThat(body.path("user").path("email").asText()).isEqualTo(customer.email());
    assertThat(response.body().toLowerCase(Locale.ROOT)).doesNotContain("hash", "$2a$", "$2b$");
    ApiResponse verified = api().get("/api/auth/verify", body.path("token").asText());
    assertThat(verified.status()).as("the new token works: %s", verified).isEqualTo(200);
  }

  @Test
  default void login_withUnknownEmailOrWrongPassword_returns401WithOneAndTheSameMessage() {
    Customer customer = shop().newCustomer();

    JsonNode wrongPassword =
        assertProblem(api().post("/api/auth/login",
            Map.of("email", customer.email(), "password", "not the password")), 401);
    JsonNode unknownEmail =
        assertProblem(api().post("/api/auth/login",
            Map.of("email", Shop.uniqueEmail(), "password", PASSWORD)), 401);

    assertThat(unknownEmail.path("title").asText()).isEqualTo(wrongPassword.path("title").asText());
    assertThat(unknownEmail.path("detail").asText()).isEqualTo(wrongPassword.path("detail").asText());
  }

  @Test
  default void login_withInvalidEmail_returns422() {
    assertInvalidFields(api().post("/api/auth/login", Map.of("email", "nobody", "password", PASSWORD)), "email");
  }

  @Test
  default void login_failingRepeatedlyForOneEmail_isRefusedWith429AndRetryAfter() {
    Customer customer = shop().newCustomer();
    Map<String, Object> wrong = Map.of("email", customer.email(), "password", "wrong password");

    ApiResponse first = api().post("/api/auth/login", wrong);
    assertProblem(first, 401);
    ApiResponse last = first;
    for (int attempt = 2; attempt <= 30 && last.status() == 401; attempt++) {
      last = api().post("/api/auth/login", wrong);
    }

    assertProblem(last, 429);
    String retryAfter = last.header("Retry-After").orElseThrow(() -> new AssertionError("no Retry-After header"));
    assertThat(secondsToWait(retryAfter)).as("Retry-After: %s", retryAfter).isPositive();
  }

  private static long secondsToWait(String retryAfter) {
    try {
      return Long.parseLong(retryAfter.strip());
    } catch (NumberFormatException notSeconds) {
      try {
        Instant at = ZonedDateTime.parse(retryAfter, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        return Duration.between(Instant.now(), at).toSeconds() + 1;
      } catch (DateTimeParseException notADate) {
        throw new AssertionError("Retry-After is neither seconds nor an HTTP date: " + retryAfter, notADate);
      }
    }
  }

  @Test
  default void verify_withTokenFromRegistration_returns200WithTheUser() {
    Customer customer = shop().newCustomer();

    ApiResponse response = api().get("/api/auth/verify", customer.token());

    assertThat(response.status()).as("%s", response).isEqualTo(200);
    JsonNode user = response.json().path("user");
    assertThat(user.path("id").asText()).isEqualTo(customer.id());
    assertThat(user.path("email").asText()).isEqualTo(customer.email());
    assertThat(user.path("role").asText()).isEqualTo("CUSTOMER");
    assertThat(response.body().toLowerCase(Locale.ROOT)).doesNotContain("hash", "$2a$", "$2b$");
  }

  /** The control for the hand-made tokens below: built right, such a token is accepted. */
  @Test
  default void verify_withHandMadeTokenSignedLikeTheShopSignsIt_returns200() {
    Customer customer = shop().newCustomer();
    String token = shop().tokens().signed(HandMadeTokens.claims(customer.id(), "CUSTOMER"));

    ApiResponse response = api().get("/api/auth/verify", token);

    assertThat(response.status()).as("%s", response).isEqualTo(200);
    assertThat(response.json().path("user").path("id").asText()).isEqualTo(customer.id());
  }

  @Test
  default void verify_withoutToken_returns401() {
    assertProblem(api().get("/api/auth/verify"), 401);
  }

  @Test
  default void verify_withGarbageOrNonBearerAuthorization_returns401() {
    assertProblem(api().get("/api/auth/verify", "garbage"), 401);
    assertProblem(api().get("/api/auth/verify", "a.b.c"), 401);
    assertProblem(
        api().send("GET", "/api/auth/verify", null, null, Map.of("Authorization", "Basic YWRtaW46YWRtaW4=")), 401);
    assertProblem(api().send("GET", "/api/auth/verify", null, null, Map.of("Authorization", "Bearer ")), 401);
  }

  @Test
  default void verify_withTokenSignedByAnotherSecret_returns401() {
    Customer customer = shop().newCustomer();

    assertProblem(api().get("/api/auth/verify",
        shop().tokens().forged(HandMadeTokens.claims(customer.id(), "ADMIN"))), 401);
  }

  @Test
  default void verify_withExpiredToken_returns401() {
    Customer customer = shop().newCustomer();
    Map<String, Object> claims = HandMadeTokens.claims(customer.id(), "CUSTOMER");
    long hourAgo = Instant.now().minus(Duration.ofHours(1)).getEpochSecond();
    claims.put("iat", hourAgo - 60);
    claims.put("exp", hourAgo);

    assertProblem(api().get("/api/auth/verify", shop().tokens().signed(claims)), 401);
  }

  @Test
  default void verify_withUnsignedAlgNoneToken_returns401() {
    Customer customer = shop().newCustomer();

    assertProblem(api().get("/api/auth/verify",
        HandMadeTokens.unsigned(HandMadeTokens.claims(customer.id(), "ADMIN"))), 401);
  }

  @Test
  default void verify_withTokenOfAnotherAlgorithm_returns401() {
    Customer customer = shop().newCustomer();

    assertProblem(api().get("/api/auth/verify",
        shop().tokens().signedWithHs384(HandMadeTokens.claims(customer.id(), "CUSTOMER"))), 401);
  }

  @Test
  default void verify_withTokenOfAnotherIssuer_returns401() {
    Customer customer = shop().newCustomer();
    Map<String, Object> claims = HandMadeTokens.claims(customer.id(), "CUSTOMER");
    claims.put("iss", "someone-else");

    assertProblem(api().get("/api/auth/verify", shop().tokens().signed(claims)), 401);
  }

  @Test
  default void verify_withTamperedPayloadKeepingTheSignature_returns401() {
    Customer customer = shop().newCustomer();
    String[] real = customer.token().split("\\.");
    String adminClaims =
        HandMadeTokens.unsigned(HandMadeTokens.claims(customer.id(), "ADMIN")).split("\\.")[1];

    assertProblem(api().get("/api/auth/verify", real[0] + "." + adminClaims + "." + real[2]), 401);
  }
}
