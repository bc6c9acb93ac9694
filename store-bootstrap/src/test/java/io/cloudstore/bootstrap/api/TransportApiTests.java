package io.cloudstore.bootstrap.api;

import static io.cloudstore.bootstrap.api.Problems.assertProblem;
import static io.cloudstore.bootstrap.api.Shop.item;
import static io.cloudstore.bootstrap.api.Shop.items;
import static io.cloudstore.bootstrap.api.Shop.registration;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudstore.bootstrap.api.Shop.Customer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/** What every endpoint shares: JSON in and out, size limits, error format, headers, health and meta. */
interface TransportApiTests extends ShopTest {

  /**
   * Sent many times, because a server that answers before reading the body and then closes the connection
   * loses its answer now and then: the client sees the connection reset instead of the 413.
   */
  @Test
  default void anyEndpoint_withBodyOver64KiB_answers413EveryTime() {
    Customer customer = shop().newCustomer();
    String registration =
        ApiClient.toJson(registration("n".repeat(70 * 1024), Shop.uniqueEmail(), Shop.PASSWORD));
    List<Map<String, Object>> lines = new ArrayList<>();
    for (int i = 0; i < 2000; i++) {
      lines.add(item("p" + "x".repeat(30) + i, 1));
    }
    String cart = ApiClient.toJson(items(lines));
    List<String> unanswered = new ArrayList<>();

    for (int i = 0; i < 100; i++) {
      try {
        ApiResponse answer = i % 2 == 0
            ? api().post("/api/auth/register", registration)
            : api().put("/api/cart", cart, customer.token());
        assertProblem(answer, 413);
        assertThat(answer.header("X-Content-Type-Options")).hasValue("nosniff");
      } catch (CompletionException lost) {
        unanswered.add("attempt " + i + ": " + lost.getCause());
      }
    }

    assertThat(unanswered).as("oversized requests that got no answer at all").isEmpty();
  }

  @Test
  default void anyEndpoint_withBodyJustUnder64KiB_isNotRefusedForItsSize() {
    Map<String, Object> body = registration("Ana", Shop.uniqueEmail(), Shop.PASSWORD);
    body.put("padding", " ".repeat(60 * 1024));

    ApiResponse response = api().post("/api/auth/register", body);

    assertThat(response.status()).as("%s", response).isNotEqualTo(413).isLessThan(500);
  }

  @Test
  default void jsonEndpoint_withTextPlainContentType_returns415() {
    Customer customer = shop().newCustomer();
    String json = ApiClient.toJson(registration("Ana", Shop.uniqueEmail(), Shop.PASSWORD));

    assertProblem(api().send("POST", "/api/auth/register", json, null, Map.of("Content-Type", "text/plain")), 415);
    assertProblem(api().send("PUT", "/api/cart", "{\"items\":[]}", customer.token(),
        Map.of("Content-Type", "text/plain;charset=UTF-8")), 415);
    assertProblem(api().send("POST", "/api/auth/login", "email=a@b.c&password=x", null,
        Map.of("Content-Type", "application/x-www-form-urlencoded")), 415);
  }

  @Test
  default void jsonEndpoint_withMalformedJson_returns400() {
    Customer customer = shop().newCustomer();

    assertProblem(api().post("/api/auth/register", "{\"name\": \"Ana\", \"email\": "), 400);
    assertProblem(api().post("/api/auth/login", "not json at all"), 400);
    assertProblem(api().put("/api/cart", "{\"items\": [{\"productId\": \"x\", }]}", customer.token()), 400);
    assertProblem(api().post("/api/orders", "", customer.token()), 400, 422);
  }

  @Test
  default void jsonEndpoint_withWrongTypes_returns400Or422NeverA5xx() {
    Customer customer = shop().newCustomer();
    String product = shop().newProduct(100, 5);

    assertProblem(api().put("/api/cart",
        "{\"items\":[{\"productId\":\"" + product + "\",\"quantity\":\"two\"}]}", customer.token()), 400, 422);
    assertProblem(api().put("/api/cart",
        "{\"items\":[{\"productId\":\"" + product + "\",\"quantity\":1.5}]}", customer.token()), 400, 422);
    assertProblem(api().put("/api/cart", "{\"items\":\"everything\"}", customer.token()), 400, 422);
    assertProblem(api().put("/api/cart", "[]", customer.token()), 400, 422);
    assertProblem(api().post("/api/auth/register", "{\"name\":[\"Ana\"],\"email\":{},\"password\":true}"), 400, 422);
    Map<String, Object> fractionalPrice = Shop.productBody(shop().uniqueCategory(), "Lamp", 1, 1);
    fractionalPrice.put("price", 12.5);
    assertProblem(api().post("/api/admin/products", fractionalPrice, shop().adminToken()), 400, 422);
    Map<String, Object> textStock = Shop.productBody(shop().uniqueCategory(), "Lamp", 100, 1);
    textStock.put("stock", "many");
    assertProblem(api().post("/api/admin/products", textStock, shop().adminToken()), 400, 422);
    assertProblem(api().post("/api/orders", "{\"items\":42,\"shippingAddress\":\"home\"}", customer.token()),
        400, 422);
    assertProblem(api().post("/api/orders", "null", customer.token()), 400, 422);
    assertThat(shop().stockOf(product)).isEqualTo(5);
  }

  @Test
  default void unknownApiPath_returns404Problem() {
    assertProblem(api().get("/api/nothing-here"), 404);
    assertProblem(api().get("/api/products/" + Shop.unique("x") + "/reviews"), 404);
    assertProblem(api().post("/api/nothing-here", Map.of()), 404);
  }

  @Test
  default void knownPathWithWrongMethod_returns405Problem() {
    assertProblem(api().delete("/api/products", null), 405);
    assertProblem(api().send("PATCH", "/api/cart", Map.of("items", List.of()), shop().newCustomer().token(),
        Map.of()), 405);
    assertProblem(api().get("/api/auth/register"), 405);
  }

  @Test
  default void everyKindOfResponse_carriesNosniff() {
    Customer customer = shop().newCustomer();
    List<ApiResponse> responses = List.of(
        api().get("/api/products"),
        api().get("/api/categories"),
        api().post("/api/auth/register", registration("Ana", Shop.uniqueEmail(), Shop.PASSWORD)),
        api().delete("/api/cart", customer.token()),
        api().get("/api/cart"),
        api().get("/api/admin/orders/x/ship", customer.token()),
        api().post("/api/admin/products", Map.of(), customer.token()),
        api().get("/api/nothing-here"),
        api().delete("/api/products", null),
        api().post("/api/auth/register", "{"),
        api().get("/health"),
        api().get("/api/openapi.json"),
        api().get("/"));

    assertThat(responses).allSatisfy(response ->
        assertThat(response.header("X-Content-Type-Options")).as("nosniff on %s", response).hasValue("nosniff"));
  }

  @Test
  default void errors_areProblemDetailsWithoutInternals() {
    Customer customer = shop().newCustomer();

    JsonNode validation = assertProblem(api().post("/api/auth/register", Map.of("email", "x")), 422);
    assertThat(validation.path("type").asText()).isNotBlank();
    assertThat(validation.path("errors").isArray()).isTrue();
    assertProblem(api().get("/api/cart"), 401);
    assertProblem(api().post("/api/admin/products", Map.of(), customer.token()), 403);
    assertProblem(api().get("/api/orders/" + Shop.unique("x"), customer.token()), 404);
    JsonNode malformed = assertProblem(api().post("/api/auth/login", "{\"email\": [1, 2, "), 400);
    assertThat(malformed.path("detail").asText()).doesNotContain("Source:", "StreamReadFeature");
  }

  @Test
  default void health_isUpAndNamesTheStorage() {
    ApiResponse response = api().get("/health");

    assertThat(response.status()).as("%s", response).isEqualTo(200);
    assertThat(response.contentType()).startsWith("application/json");
    assertThat(response.json().path("status").asText()).isEqualTo("UP");
    assertThat(response.json().path("storage").asText()).isEqualTo(shop().storageName());
  }

  @Test
  default void openApiDocument_isServedAndListsTheOrdersEndpoint() {
    ApiResponse response = api().get("/api/openapi.json");

    assertThat(response.status()).as("%s", response).isEqualTo(200);
    JsonNode document = response.json();
    assertThat(document.path("openapi").asText()).startsWith("3.");
    assertThat(document.path("paths").has("/api/orders")).as("paths: %s", document.path("paths").fieldNames())
        .isTrue();
  }

  @Test
  default void pages_carryAContentSecurityPolicyWithoutInlineScripts() {
    ApiResponse page = api().get("/index.html");

    assertThat(page.status()).as("%s", page).isEqualTo(200);
    String policy = page.header("Content-Security-Policy").orElse("");
    assertThat(scriptSources(policy)).as("script sources of %s", policy).isNotBlank().doesNotContain("'unsafe-inline'");
  }

  private static String scriptSources(String policy) {
    for (String directive : policy.split(";")) {
      String trimmed = directive.strip();
      if (trimmed.startsWith("script-src ")) {
        return trimmed;
      }
    }
    for (String directive : policy.split(";")) {
      if (directive.strip().startsWith("default-src ")) {
        return directive.strip();
      }
    }
    return "";
  }
}
