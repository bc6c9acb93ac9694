package io.cloudstore.adapter.in.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import io.cloudstore.adapter.in.http.support.ErrorMapping;
import io.cloudstore.application.port.in.order.CheckoutBusyException;
import io.cloudstore.application.port.in.order.IdempotencyKeyReusedException;
import io.cloudstore.application.port.in.order.OrderNotFoundException;
import io.cloudstore.application.port.in.order.TotalChangedException;
import io.cloudstore.application.port.in.product.ProductNotFoundException;
import io.cloudstore.application.port.in.user.InvalidCredentialsException;
import io.cloudstore.application.port.out.persistence.ConcurrentUpdateException;
import io.cloudstore.application.port.out.persistence.StorageUnavailableException;
import io.cloudstore.domain.ValidationException;
import io.cloudstore.domain.money.Money;
import io.cloudstore.domain.order.InsufficientStockException;
import io.cloudstore.domain.order.InsufficientStockException.ShortProduct;
import io.cloudstore.domain.order.OrderId;
import io.cloudstore.domain.order.OrderStatus;
import io.cloudstore.domain.order.OrderStatusConflictException;
import io.cloudstore.domain.page.InvalidCursorException;
import io.cloudstore.domain.product.ProductId;
import io.cloudstore.domain.user.EmailAlreadyRegisteredException;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** One test per mapping from a failure to its status and problem body. */
class ErrorMappingIT {
  private static final String VALID_ORDER = "{\"shippingAddress\":" + TestData.ADDRESS_JSON + "}";

  private final ApiHarness api = ApiHarness.start();

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void register_invalidFields_is422NamingEveryField() {
    var response = api.post("/api/auth/register", "{\"name\":\"  \",\"email\":\"nope\",\"password\":\"short\"}").send();

    assertProblem(response, 422, "/problems/validation-failed");
    assertThat(api.json(response).get("errors").findValuesAsText("field"))
        .containsExactlyInAnyOrder("name", "email", "password");
    verifyNoInteractions(api.registerCustomer);
  }

  @Test
  void useCaseValidationFailure_is422WithItsFieldErrors() {
    when(api.replaceCart.replace(any()))
        .thenThrow(ValidationException.of("items[0].productId", "is no longer sold"));

    var response =
        api.put("/api/cart", "{\"items\":[{\"productId\":\"gone\",\"quantity\":1}]}")
            .as(ApiHarness.CUSTOMER_TOKEN).send();

    assertProblem(response, 422, "/problems/validation-failed");
    JsonNode error = api.json(response).get("errors").get(0);
    assertThat(error.get("field").asText()).isEqualTo("items[0].productId");
    assertThat(error.get("message").asText()).isEqualTo("is no longer sold");
  }

  @Test
  void malformedJson_is400WithOurOwnWording() {
    var response = api.post("/api/auth/login", "{\"email\": \"ana@example.com\", ").send();

    assertProblem(response, 400, "/problems/malformed-request");
    assertThat(response.body()).doesNotContainIgnoringCase("jackson").doesNotContain("com.fasterxml", "Exception");
  }

  @Test
  void stringWhereAnIntegerIsExpected_is400NamingTheField() {
    var response =
        api.put("/api/cart", "{\"items\":[{\"productId\":\"p-1\",\"quantity\":\"2\"}]}")
            .as(ApiHarness.CUSTOMER_TOKEN).send();

    assertProblem(response, 400, "/problems/malformed-request");
    assertThat(api.json(response).get("errors").get(0).get("field").asText()).isEqualTo("items[0].quantity");
    verifyNoInteractions(api.replaceCart);
  }

  @Test
  void numberWhereAStringIsExpected_is400() {
    var response = api.post("/api/auth/register", "{\"name\":123,\"email\":\"a@b.co\",\"password\":\"secret-pass\"}")
        .send();

    assertProblem(response, 400, "/problems/malformed-request");
    assertThat(api.json(response).get("errors").get(0).get("field").asText()).isEqualTo("name");
  }

  @Test
  void fractionForAnIntegerField_is400() {
    var response =
        api.put("/api/cart", "{\"items\":[{\"productId\":\"p-1\",\"quantity\":1.5}]}")
            .as(ApiHarness.CUSTOMER_TOKEN).send();

    assertProblem(response, 400, "/problems/malformed-request");
  }

  @Test
  void integerTooLargeForItsField_is400() {
    var response =
        api.put("/api/cart", "{\"items\":[{\"productId\":\"p-1\",\"quantity\":99999999999999}]}")
            .as(ApiHarness.CUSTOMER_TOKEN).send();

    assertProblem(response, 400, "/problems/malformed-request");
  }

  @Test
  void duplicateKey_is400() {
    var response = api.post("/api/auth/login", "{\"email\":\"a@b.co\",\"email\":\"c@d.co\",\"password\":\"x\"}").send();

    assertProblem(response, 400, "/problems/malformed-request");
    verifyNoInteractions(api.logIn);
  }

  @Test
  void trailingContentAfterTheJsonValue_is400() {
    var response = api.post("/api/auth/login", "{\"email\":\"a@b.co\",\"password\":\"x\"} {}").send();

    assertProblem(response, 400, "/problems/malformed-request");
  }

  @Test
  void deeplyNestedBody_is400NotAStackOverflow() {
    String deep = "[".repeat(20_000) + "]".repeat(20_000);
    var response = api.post("/api/auth/login", "{\"email\":\"a@b.co\",\"password\":\"x\",\"extra\":" + deep + "}")
        .send();

    assertProblem(response, 400, "/problems/malformed-request");
  }

  @Test
  void bodyThatIsNotAnObject_is400() {
    assertProblem(api.post("/api/auth/login", "[]").send(), 400, "/problems/malformed-request");
    assertProblem(api.post("/api/auth/login", "null").send(), 400, "/problems/malformed-request");
    assertProblem(api.post("/api/auth/login", "").send(), 400, "/problems/malformed-request");
  }

  @Test
  void invalidUtf8_is400() {
    byte[] body = {'{', '"', 'e', 'm', 'a', 'i', 'l', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
    var response =
        api.method("POST", "/api/auth/login", BodyPublishers.ofByteArray(body))
            .header("Content-Type", "application/json").send();

    assertProblem(response, 400, "/problems/malformed-request");
  }

  @Test
  void tamperedCursor_is400() {
    when(api.browseCatalog.browse(any())).thenThrow(new InvalidCursorException());

    assertProblem(api.get("/api/products?cursor=forged").send(), 400, "/problems/invalid-cursor");
  }

  @Test
  void limitThatIsNotANumber_is400() {
    assertProblem(api.get("/api/products?limit=ten").send(), 400, "/problems/malformed-request");
    verifyNoInteractions(api.browseCatalog);
  }

  @Test
  void limitOutOfRange_is422OnTheLimitField() {
    var response = api.get("/api/orders?limit=101").as(ApiHarness.CUSTOMER_TOKEN).send();

    assertProblem(response, 422, "/problems/validation-failed");
    assertThat(api.json(response).get("errors").get(0).get("field").asText()).isEqualTo("limit");
  }

  @Test
  void missingToken_is401WithABearerChallenge() {
    var response = api.get("/api/cart").send();

    assertProblem(response, 401, "/problems/unauthenticated");
    assertThat(response.headers().firstValue("WWW-Authenticate"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
    verifyNoInteractions(api.viewCart);
  }

  @Test
  void invalidToken_is401WithAnInvalidTokenChallenge() {
    var response = api.get("/api/cart").as("forged").send();

    assertProblem(response, 401, "/problems/unauthenticated");
    assertThat(response.headers().firstValue("WWW-Authenticate").orElseThrow())
        .startsWith("Bearer").contains("error=\"invalid_token\"");
  }

  @Test
  void nonBearerAuthorization_is401() {
    var response = api.get("/api/cart").header("Authorization", "Basic YWxhZGRpbjpvcGVuc2VzYW1l").send();

    assertProblem(response, 401, "/problems/unauthenticated");
  }

  @Test
  void customerOnAnAdminRoute_is403() {
    var response = api.delete("/api/admin/products/p-1").as(ApiHarness.CUSTOMER_TOKEN).send();

    assertProblem(response, 403, "/problems/forbidden");
    verifyNoInteractions(api.deleteProduct);
  }

  @Test
  void adminOnAnAdminRoute_isAllowed() {
    var response = api.delete("/api/admin/products/p-1").as(ApiHarness.ADMIN_TOKEN).send();

    assertThat(response.statusCode()).isEqualTo(204);
    verify(api.deleteProduct).delete(new ProductId("p-1"));
  }

  @Test
  void unknownProduct_is404WithTheDomainMessage() {
    when(api.viewProduct.view(new ProductId("p-404"))).thenThrow(new ProductNotFoundException(new ProductId("p-404")));

    var response = api.get("/api/products/p-404").send();

    assertProblem(response, 404, "/problems/not-found");
    assertThat(api.json(response).get("detail").asText()).contains("p-404");
  }

  @Test
  void someoneElsesOrder_is404() {
    when(api.viewMyOrder.view(ApiHarness.CUSTOMER.userId(), new OrderId("o-theirs")))
        .thenThrow(new OrderNotFoundException(new OrderId("o-theirs")));

    assertProblem(api.get("/api/orders/o-theirs").as(ApiHarness.CUSTOMER_TOKEN).send(), 404, "/problems/not-found");
  }

  @Test
  void pathIdThatCannotBeAnId_is404WithoutCallingTheStore() {
    assertProblem(api.get("/api/products/" + "x".repeat(65)).send(), 404, "/problems/not-found");
    assertProblem(api.get("/api/products/bad%20id").send(), 404, "/problems/not-found");
    verifyNoInteractions(api.viewProduct);
  }

  @Test
  void unknownApiPath_is404Problem() {
    assertProblem(api.get("/api/nothing-here").send(), 404, "/problems/not-found");
  }

  @Test
  void unknownProtectedLookingPathWithoutToken_is404Not401() {
    assertProblem(api.get("/api/admin/nothing").send(), 404, "/problems/not-found");
  }

  @Test
  void undecodablePath_is400ProblemInsteadOfJettysHtmlPage() {
    String answer = api.raw("GET /api/products/%zz HTTP/1.1");

    assertThat(answer).startsWith("HTTP/1.1 400");
    assertThat(answer).containsIgnoringCase("Content-Type: application/problem+json");
    assertThat(answer).contains("X-Content-Type-Options: nosniff", "/problems/malformed-request");
    assertThat(answer).doesNotContainIgnoringCase("<html").doesNotContainIgnoringCase("jetty");
  }

  @Test
  void headersTooLarge_is431Problem() {
    String answer = api.raw("GET /api/products HTTP/1.1\r\nX-Padding: " + "x".repeat(20_000));

    assertThat(answer).startsWith("HTTP/1.1 431");
    assertThat(answer).containsIgnoringCase("Content-Type: application/problem+json");
    assertThat(answer).doesNotContainIgnoringCase("<html");
  }

  @Test
  void wrongMethod_is405ProblemWithAllowHeader() {
    var response = api.delete("/api/products").send();

    assertProblem(response, 405, "/problems/method-not-allowed");
    assertThat(response.headers().firstValue("Allow").orElseThrow()).contains("GET");
  }

  @Test
  void emailTaken_is409() {
    when(api.registerCustomer.register(any())).thenThrow(new EmailAlreadyRegisteredException());

    var response =
        api.post("/api/auth/register", "{\"name\":\"Ana\",\"email\":\"ana@example.com\",\"password\":\"secret-pass\"}")
            .send();

    assertProblem(response, 409, "/problems/email-taken");
  }

  @Test
  void insufficientStock_is409NamingTheShortProducts() {
    when(api.placeOrder.place(any()))
        .thenThrow(new InsufficientStockException(List.of(new ShortProduct(new ProductId("p-1"), "Hammer"))));

    var response = api.post("/api/orders", VALID_ORDER).as(ApiHarness.CUSTOMER_TOKEN).send();

    assertProblem(response, 409, "/problems/insufficient-stock");
    JsonNode product = api.json(response).get("products").get(0);
    assertThat(product.get("productId").asText()).isEqualTo("p-1");
    assertThat(product.get("name").asText()).isEqualTo("Hammer");
  }

  @Test
  void totalChanged_is409WithTheCurrentTotalInMinorUnits() {
    when(api.placeOrder.place(any())).thenThrow(new TotalChangedException(Money.of(4321, TestData.USD)));

    var response =
        api.post("/api/orders", "{\"expectedTotal\":4000,\"shippingAddress\":" + TestData.ADDRESS_JSON + "}")
            .as(ApiHarness.CUSTOMER_TOKEN).send();

    assertProblem(response, 409, "/problems/total-changed");
    JsonNode body = api.json(response);
    assertThat(body.get("currentTotal").isIntegralNumber()).isTrue();
    assertThat(body.get("currentTotal").asLong()).isEqualTo(4321);
    assertThat(body.get("currency").asText()).isEqualTo("USD");
  }

  @Test
  void idempotencyKeyReused_is409() {
    when(api.placeOrder.place(any())).thenThrow(new IdempotencyKeyReusedException());

    var response =
        api.post("/api/orders", VALID_ORDER).as(ApiHarness.CUSTOMER_TOKEN).header("Idempotency-Key", "k-1").send();

    assertProblem(response, 409, "/problems/idempotency-key-reused");
  }

  @Test
  void orderNoLongerPlaced_is409() {
    when(api.cancelMyOrder.cancel(ApiHarness.CUSTOMER.userId(), new OrderId("o-1")))
        .thenThrow(new OrderStatusConflictException(new OrderId("o-1"), OrderStatus.SHIPPED, OrderStatus.CANCELLED));

    var response = api.post("/api/orders/o-1/cancel", "").as(ApiHarness.CUSTOMER_TOKEN).send();

    assertProblem(response, 409, "/problems/order-status-conflict");
  }

  @Test
  void checkoutBusy_is409() {
    when(api.placeOrder.place(any())).thenThrow(new CheckoutBusyException());

    assertProblem(api.post("/api/orders", VALID_ORDER)
        .as(ApiHarness.CUSTOMER_TOKEN).send(), 409, "/problems/checkout-busy");
  }

  @Test
  void concurrentUpdate_is409WithoutTheStorageMessage() {
    when(api.updateProduct.update(any(), any())).thenThrow(new ConcurrentUpdateException("version 7 != 8 in table X"));

    var response =
        api.put("/api/admin/products/p-1", "{\"name\":\"Hammer\",\"category\":\"Tools\",\"price\":100,\"stock\":1}")
            .as(ApiHarness.ADMIN_TOKEN).send();

    assertProblem(response, 409, "/problems/concurrent-update");
    assertThat(response.body()).doesNotContain("table X");
  }

  @Test
  void declaredBodyOverTheLimit_is413() {
    String big = "{\"email\":\"a@b.co\",\"password\":\"" + "x".repeat(HttpSettings.MAX_BODY_BYTES) + "\"}";

    assertProblem(api.post("/api/auth/login", big).send(), 413, "/problems/request-too-large");
    verifyNoInteractions(api.logIn);
  }

  @Test
  void chunkedBodyOverTheLimit_is413() {
    byte[] big = ("{\"email\":\"a@b.co\",\"password\":\"" + "x".repeat(HttpSettings.MAX_BODY_BYTES) + "\"}").getBytes();
    var response =
        api.method("POST", "/api/auth/login", BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big)))
            .header("Content-Type", "application/json").send();

    assertProblem(response, 413, "/problems/request-too-large");
    verifyNoInteractions(api.logIn);
  }

  @Test
  void bodyEndingBeforeItsDeclaredLength_is400AndReachesNoUseCase() {
    String answer = api.rawThenShut(
        "POST /api/auth/login HTTP/1.1\r\nContent-Type: application/json\r\nContent-Length: 100",
        "{\"email\":\"a@b.co\"");

    assertThat(answer).startsWith("HTTP/1.1 400").contains("/problems/malformed-request")
        .contains("The body ended before its declared length.");
    verifyNoInteractions(api.logIn);
  }

  @Test
  void bodyOfExactlyItsDeclaredLength_isReadWhole() {
    String body = "{\"email\":\"a@b.co\",\"password\":\"" + "x".repeat(70) + "\"}";
    String answer = api.rawThenShut(
        "POST /api/auth/register HTTP/1.1\r\nContent-Type: application/json\r\nContent-Length: " + body.length(),
        body);

    assertThat(answer).startsWith("HTTP/1.1 422").contains("\"field\":\"name\"").doesNotContain("\"field\":\"email\"");
  }

  @Test
  void nonJsonContentType_is415() {
    var response =
        api.method("POST", "/api/auth/login", BodyPublishers.ofString("email=a@b.co&password=x"))
            .header("Content-Type", "application/x-www-form-urlencoded").send();

    assertProblem(response, 415, "/problems/unsupported-media-type");
  }

  @Test
  void bodyWithoutContentType_is415() {
    var response = api.method("POST", "/api/auth/login", BodyPublishers.ofString("{\"email\":\"a@b.co\"}")).send();

    assertProblem(response, 415, "/problems/unsupported-media-type");
  }

  @Test
  void jsonInAnotherCharset_is415() {
    var response =
        api.post("/api/auth/login", "{\"email\":\"a@b.co\",\"password\":\"x\"}")
            .header("Content-Type", "application/json; charset=ISO-8859-1").send();

    assertProblem(response, 415, "/problems/unsupported-media-type");
  }

  @Test
  void repeatedFailedLogIns_are429WithRetryAfterAndNoPasswordCheck() {
    when(api.logIn.logIn(any())).thenThrow(new InvalidCredentialsException());
    String body = "{\"email\":\"Ana@Example.com\",\"password\":\"wrong-password\"}";
    for (int i = 0; i < 5; i++) {
      assertProblem(api.post("/api/auth/login", body).send(), 401, "/problems/invalid-credentials");
    }

    var response = api.post("/api/auth/login", body.replace("Ana@Example.com", "ana@example.com")).send();

    assertProblem(response, 429, "/problems/too-many-attempts");
    long retryAfter = Long.parseLong(response.headers().firstValue("Retry-After").orElseThrow());
    assertThat(retryAfter).isBetween(1L, Duration.ofMinutes(15).toSeconds());
    verify(api.logIn, times(5)).logIn(any());
  }

  @Test
  void wrongPassword_is401WithTheSameProblemAsAnUnknownEmail() {
    when(api.logIn.logIn(any())).thenThrow(new InvalidCredentialsException());

    var response = api.post("/api/auth/login", "{\"email\":\"ana@example.com\",\"password\":\"wrong-password\"}")
        .send();

    assertProblem(response, 401, "/problems/invalid-credentials");
    assertThat(response.headers().firstValue("WWW-Authenticate")).isPresent();
  }

  @Test
  void storageUnavailable_is503WithRetryAfter() {
    when(api.listCategories.listCategories())
        .thenThrow(
            new StorageUnavailableException("dynamodb endpoint http://10.1.2.3 timed out", new RuntimeException()));

    var response = api.get("/api/categories").send();

    assertProblem(response, 503, "/problems/storage-unavailable");
    assertThat(response.headers().firstValue("Retry-After")).isPresent();
    assertThat(response.body()).doesNotContain("10.1.2.3", "dynamodb endpoint");
  }

  @Test
  void unexpectedException_is500WithACorrelationIdThatIsAlsoLogged() {
    ListAppender<ILoggingEvent> errors = attachAppender(ErrorMapping.class.getName());
    when(api.viewProduct.view(any()))
        .thenThrow(new IllegalStateException("secret internal state of com.acme.Thing"));

    var response = api.get("/api/products/p-1").send();

    assertProblem(response, 500, "/problems/internal-error");
    String correlationId = api.json(response).get("correlationId").asText();
    assertThat(correlationId).isNotBlank();
    assertThat(response.body()).doesNotContain("IllegalStateException", "com.acme", "secret", "at io.");
    assertThat(errors.list)
        .anySatisfy(event -> {
          assertThat(event.getFormattedMessage()).contains(correlationId);
          assertThat(event.getThrowableProxy()).isNotNull();
        });
    detach(ErrorMapping.class.getName(), errors);
  }

  @Test
  void errorSuchAsStackOverflow_is500ProblemToo() {
    when(api.viewProduct.view(any())).thenThrow(new StackOverflowError());

    var response = api.get("/api/products/p-1").send();

    assertProblem(response, 500, "/problems/internal-error");
    assertThat(response.body()).doesNotContain("StackOverflow");
    assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
  }

  @Test
  void placeOrder_withoutShippingAddress_is422AndPlacesNothing() {
    var response = api.post("/api/orders", "{\"shippingAddress\":null}").as(ApiHarness.CUSTOMER_TOKEN).send();

    assertProblem(response, 422, "/problems/validation-failed");
    assertThat(api.json(response).get("errors").get(0).get("field").asText()).isEqualTo("shippingAddress");
    verify(api.placeOrder, never()).place(any());
  }

  private void assertProblem(HttpResponse<String> response, int status, String type) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
    JsonNode body = api.json(response);
    assertThat(body.get("status").asInt()).isEqualTo(status);
    assertThat(body.get("type").asText()).isEqualTo(type);
    assertThat(body.get("title").asText()).isNotBlank();
    assertThat(body.get("detail").asText()).isNotBlank();
  }

  private static ListAppender<ILoggingEvent> attachAppender(String loggerName) {
    ListAppender<ILoggingEvent> appender = new ListAppender<>();
    appender.start();
    ((Logger) LoggerFactory.getLogger(loggerName)).addAppender(appender);
    return appender;
  }

  private static void detach(String loggerName, ListAppender<ILoggingEvent> appender) {
    ((Logger) LoggerFactory.getLogger(loggerName)).detachAppender(appender);
  }
}
