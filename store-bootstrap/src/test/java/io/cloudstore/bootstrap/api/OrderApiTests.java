package io.cloudstore.bootstrap.api;

import static io.cloudstore.bootstrap.api.Problems.assertInvalidFields;
import static io.cloudstore.bootstrap.api.Problems.assertProblem;
import static io.cloudstore.bootstrap.api.Shop.item;
import static io.cloudstore.bootstrap.api.Shop.orderOf;
import static io.cloudstore.bootstrap.api.Shop.orderOfCart;
import static io.cloudstore.bootstrap.api.Shop.urlEncode;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudstore.bootstrap.api.Shop.Customer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code /api/orders} and {@code /api/admin/orders}: checkout, history, cancel and ship. */
interface OrderApiTests extends ShopTest {

  private ApiResponse order(Customer customer, Map<String, Object> body) {
    return api().post("/api/orders", body, customer.token());
  }

  private ApiResponse order(Customer customer, Map<String, Object> body, String idempotencyKey) {
    return api().post("/api/orders", body, customer.token(), Map.of("Idempotency-Key", idempotencyKey));
  }

  private List<String> orderIdsOf(Customer customer) {
    return shop().allPages("/api/orders", customer.token()).stream().map(o -> o.path("id").asText()).toList();
  }

  @Test
  default void placeOrder_fromTheCart_returns201WithServerPricesAndEmptiesTheCart() {
    Customer customer = shop().newCustomer();
    String lamp = shop().newProduct(1000, 10);
    String bulb = shop().newProduct(550, 5);
    shop().putCart(customer, List.of(item(lamp, 2), item(bulb, 1)));

    ApiResponse response = order(customer, orderOfCart());

    assertThat(response.status()).as("%s", response).isEqualTo(201);
    JsonNode order = response.json();
    assertThat(order.path("id").asText()).isNotBlank();
    assertThat(order.path("status").asText()).isEqualTo("PLACED");
    assertThat(order.path("items")).hasSize(2);
    JsonNode first = order.path("items").get(0);
    assertThat(first.path("productId").asText()).isEqualTo(lamp);
    assertThat(first.path("name").asText()).isEqualTo(shop().product(lamp).path("name").asText());
    assertThat(first.path("unitPrice").asLong()).isEqualTo(1000);
    assertThat(first.path("quantity").asInt()).isEqualTo(2);
    assertThat(first.path("lineTotal").asLong()).isEqualTo(2000);
    assertThat(order.path("subtotal").asLong()).isEqualTo(2550);
    assertThat(order.path("tax").asLong()).as("8.25%% of 25.50 = 2.10375").isEqualTo(210);
    assertThat(order.path("total").asLong()).isEqualTo(2760);
    assertThat(order.path("currency").asText()).isEqualTo("USD");
    assertThat(order.path("shippingAddress").path("fullName").asText()).isEqualTo("Ana Example");
    assertThat(order.path("shippingAddress").path("country").asText()).isEqualTo("US");
    assertThat(Instant.parse(order.path("createdAt").asText())).isBeforeOrEqualTo(Instant.now());

    assertThat(api().get("/api/cart", customer.token()).json().path("items")).as("cart after checkout").isEmpty();
    assertThat(shop().stockOf(lamp)).isEqualTo(8);
    assertThat(shop().stockOf(bulb)).isEqualTo(4);
    assertThat(api().get("/api/orders/" + order.path("id").asText(), customer.token()).json()).isEqualTo(order);
  }

  @Test
  default void placeOrder_withExplicitItems_buysThoseItems() {
    Customer customer = shop().newCustomer();
    String product = shop().newProduct(700, 9);

    ApiResponse response = order(customer, orderOf(List.of(item(product, 3))));

    assertThat(response.status()).as("%s", response).isEqualTo(201);
    assertThat(response.json().path("items").get(0).path("quantity").asInt()).isEqualTo(3);
    assertThat(response.json().path("subtotal").asLong()).isEqualTo(2100);
    assertThat(shop().stockOf(product)).isEqualTo(6);
  }

  @Test
  default void placeOrder_ignoresPricesAndTotalsSentByTheClient() {
    Customer customer = shop().newCustomer();
    String product = shop().newProduct(5000, 3);
    Map<String, Object> line = item(product, 1);
    line.put("unitPrice", 1);
    line.put("lineTotal", 1);
    line.put("name", "Free stuff");
    Map<String, Object> body = orderOf(List.of(line));
    body.put("subtotal", 1);
    body.put("tax", 0);
    body.put("total", 1);

    ApiResponse response = order(customer, body);

    assertThat(response.status()).as("%s", response).isEqualTo(201);
    JsonNode order = response.json();
    assertThat(order.path("items").get(0).path("unitPrice").asLong()).isEqualTo(5000);
    assertThat(order.path("items").get(0).path("name").asText()).isNotEqualTo("Free stuff");
    assertThat(order.path("subtotal").asLong()).isEqualTo(5000);
    assertThat(order.path("tax").asLong()).isEqualTo(413);
    assertThat(order.path("total").asLong()).isEqualTo(5413);
  }

  @Test
  default void placeOrder_withExpectedTotalThatNoLongerHolds_returns409WithCurrentTotalAndTakesNothing() {
    Customer customer = shop().newCustomer();
    String product = shop().newProduct(1000, 10);
    shop().putCart(customer, List.of(item(product, 2)));
    Map<String, Object> body = orderOfCart();
    body.put("expectedTotal", 2000);

    JsonNode problem = assertProblem(order(customer, body), 409);

    assertThat(problem.path("currentTotal").asLong()).as("2000 + 8.25%% tax").isEqualTo(2165);
    assertThat(shop().stockOf(product)).isEqualTo(10);
    assertThat(api().get("/api/cart", customer.token()).json().path("items")).hasSize(1);
    assertThat(orderIdsOf(customer)).isEmpty();

    body.put("expectedTotal", 2165);
    ApiResponse agreed = order(customer, body);
    assertThat(agreed.status()).as("%s", agreed).isEqualTo(201);
    assertThat(agreed.json().path("total").asLong()).isEqualTo(2165);
  }

  @Test
  default void placeOrder_taxesTheSubtotalAt8Point25PercentRoundingHalfUp() {
    Customer customer = shop().newCustomer();

    JsonNode halfCentUp = shop().placeOrder(customer, List.of(item(shop().newProduct(1000, 5), 1)));
    assertThat(halfCentUp.path("tax").asLong()).as("82.5 cents rounds up").isEqualTo(83);
    assertThat(halfCentUp.path("total").asLong()).isEqualTo(1083);

    JsonNode anotherHalf = shop().placeOrder(customer, List.of(item(shop().newProduct(200, 5), 1)));
    assertThat(anotherHalf.path("tax").asLong()).as("16.5 cents rounds up").isEqualTo(17);

    List<Map<String, Object>> threeDimes = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      threeDimes.add(item(shop().newProduct(10, 5), 1));
    }
    JsonNode onSubtotal = shop().placeOrder(customer, threeDimes);
    assertThat(onSubtotal.path("tax").asLong()).as("2.475 cents on the 30-cent subtotal, not 3 x 0.825")
        .isEqualTo(2);
    assertThat(onSubtotal.path("total").asLong()).isEqualTo(32);
  }

  @Test
  default void placeOrder_withOneLineShortOfStock_returns409NamingItAndTakesNothingForAnyLine() {
    Customer customer = shop().newCustomer();
    String plenty = shop().newProduct(100, 5);
    Map<String, Object> scarceBody = Shop.productBody(shop().uniqueCategory(), Shop.unique("Scarce"), 100, 1);
    String scarce = shop().createProduct(scarceBody).path("id").asText();
    String plentyName = shop().product(plenty).path("name").asText();

    ApiResponse response = order(customer, orderOf(List.of(item(plenty, 2), item(scarce, 3))));

    assertProblem(response, 409);
    assertThat(response.body()).as("names the short product")
        .containsAnyOf(scarce, (String) scarceBody.get("name"));
    assertThat(response.body()).as("does not name the product in stock").doesNotContain(plenty, plentyName);
    assertThat(shop().stockOf(plenty)).isEqualTo(5);
    assertThat(shop().stockOf(scarce)).isEqualTo(1);
    assertThat(orderIdsOf(customer)).isEmpty();
  }

  @Test
  default void placeOrder_withUnknownProduct_returns422NamingTheLine() {
    Customer customer = shop().newCustomer();
    String known = shop().newProduct(100, 5);

    assertInvalidFields(order(customer, orderOf(List.of(item(known, 1), item(Shop.unique("ghost"), 1)))),
        "items[1].productId");
    assertThat(shop().stockOf(known)).isEqualTo(5);
  }

  @Test
  default void placeOrder_withEmptyCart_returns422() {
    Customer customer = shop().newCustomer();

    assertProblem(order(customer, orderOfCart()), 422);
    assertProblem(order(customer, orderOf(List.of())), 422);
  }

  @Test
  default void placeOrder_withInvalidShippingAddress_returns422NamingEachField() {
    Customer customer = shop().newCustomer();
    String product = shop().newProduct(100, 5);
    Map<String, Object> body = orderOf(List.of(item(product, 1)));
    Map<String, Object> address = new LinkedHashMap<>(Shop.address());
    address.put("country", "USA");
    address.put("postalCode", "");
    address.remove("city");
    body.put("shippingAddress", address);

    assertInvalidFields(order(customer, body),
        "shippingAddress.country", "shippingAddress.postalCode", "shippingAddress.city");
    Map<String, Object> withoutAddress = orderOf(List.of(item(product, 1)));
    withoutAddress.remove("shippingAddress");
    assertProblem(order(customer, withoutAddress), 422);
    assertThat(shop().stockOf(product)).isEqualTo(5);
  }

  @Test
  default void placeOrder_anonymously_returns401() {
    assertProblem(api().post("/api/orders", orderOf(List.of(item(shop().newProduct(100, 5), 1)))), 401);
  }

  @Test
  default void placeOrder_repeatedWithTheSameIdempotencyKey_returnsTheFirstOrderAndTakesStockOnce() {
    Customer customer = shop().newCustomer();
    String product = shop().newProduct(800, 10);
    Map<String, Object> body = orderOf(List.of(item(product, 2)));
    String key = Shop.unique("checkout");

    ApiResponse first = order(customer, body, key);
    ApiResponse retry = order(customer, body, key);

    assertThat(first.status()).as("%s", first).isEqualTo(201);
    assertThat(retry.status()).as("%s", retry).isIn(200, 201);
    assertThat(retry.json().path("id").asText()).isEqualTo(first.json().path("id").asText());
    assertThat(retry.json().path("total")).isEqualTo(first.json().path("total"));
    assertThat(orderIdsOf(customer)).containsExactly(first.json().path("id").asText());
    assertThat(shop().stockOf(product)).isEqualTo(8);
  }

  @Test
  default void placeOrder_fromTheCartRepeatedWithTheSameKey_returnsTheFirstOrderAlthoughTheCartIsNowEmpty() {
    Customer customer = shop().newCustomer();
    String product = shop().newProduct(800, 10);
    shop().putCart(customer, List.of(item(product, 1)));
    String key = Shop.unique("checkout");

    ApiResponse first = order(customer, orderOfCart(), key);
    ApiResponse retry = order(customer, orderOfCart(), key);

    assertThat(first.status()).as("%s", first).isEqualTo(201);
    assertThat(retry.status()).as("%s", retry).isIn(200, 201);
    assertThat(retry.json().path("id").asText()).isEqualTo(first.json().path("id").asText());
    assertThat(orderIdsOf(customer)).hasSize(1);
    assertThat(shop().stockOf(product)).isEqualTo(9);
  }

  @Test
  default void placeOrder_withAUsedIdempotencyKeyButADifferentBody_returns409AndCreatesNothing() {
    Customer customer = shop().newCustomer();
    String product = shop().newProduct(800, 10);
    String key = Shop.unique("checkout");
    ApiResponse first = order(customer, orderOf(List.of(item(product, 1))), key);
    assertThat(first.status()).as("%s", first).isEqualTo(201);

    assertProblem(order(customer, orderOf(List.of(item(product, 4))), key), 409);

    assertThat(orderIdsOf(customer)).containsExactly(first.json().path("id").asText());
    assertThat(shop().stockOf(product)).isEqualTo(9);
  }

  @Test
  default void placeOrder_withAnIdempotencyKeyAnotherCustomerUsed_createsTheirOwnOrder() {
    Customer ana = shop().newCustomer();
    Customer ben = shop().newCustomer();
    String product = shop().newProduct(800, 10);
    Map<String, Object> body = orderOf(List.of(item(product, 1)));
    String key = Shop.unique("checkout");

    ApiResponse anas = order(ana, body, key);
    ApiResponse bens = order(ben, body, key);

    assertThat(anas.status()).as("%s", anas).isEqualTo(201);
    assertThat(bens.status()).as("%s", bens).isEqualTo(201);
    assertThat(bens.json().path("id").asText()).isNotEqualTo(anas.json().path("id").asText());
    assertThat(shop().stockOf(product)).isEqualTo(8);
  }

  @Test
  default void listOrders_showsOnlyOwnOrdersNewestFirstInPages() {
    Customer customer = shop().newCustomer();
    Customer someoneElse = shop().newCustomer();
    String product = shop().newProduct(100, 20);
    List<String> placed = new ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      placed.add(shop().placeOrder(customer, List.of(item(product, i))).path("id").asText());
    }
    shop().placeOrder(someoneElse, List.of(item(product, 1)));

    ApiResponse firstPage = api().get("/api/orders?limit=2", customer.token());

    assertThat(firstPage.status()).as("%s", firstPage).isEqualTo(200);
    JsonNode page = firstPage.json();
    assertThat(page.path("items")).hasSize(2);
    String cursor = page.path("nextCursor").asText();
    assertThat(cursor).isNotBlank();
    List<String> ids = new ArrayList<>();
    page.path("items").forEach(o -> ids.add(o.path("id").asText()));
    ids.addAll(shop().allPages("/api/orders?limit=2&cursor=" + urlEncode(cursor), customer.token()).stream()
        .map(o -> o.path("id").asText()).toList());
    assertThat(ids).containsExactly(placed.get(2), placed.get(1), placed.get(0));
  }

  @Test
  default void listOrders_withBadLimitOrCursor_returnsClientProblem() {
    Customer customer = shop().newCustomer();

    assertProblem(api().get("/api/orders?limit=0", customer.token()), 400, 422);
    assertProblem(api().get("/api/orders?limit=101", customer.token()), 400, 422);
    assertProblem(api().get("/api/orders?cursor=made-up", customer.token()), 400);
    assertProblem(api().get("/api/orders"), 401);
  }

  @Test
  default void getOrder_ofAnotherCustomer_returns404AsIfItDidNotExist() {
    Customer owner = shop().newCustomer();
    Customer other = shop().newCustomer();
    String orderId = shop().placeOrder(owner, List.of(item(shop().newProduct(100, 5), 1))).path("id").asText();

    JsonNode foreign = assertProblem(api().get("/api/orders/" + orderId, other.token()), 404);
    JsonNode missing = assertProblem(api().get("/api/orders/" + Shop.unique("order"), other.token()), 404);

    assertThat(foreign.path("title").asText()).isEqualTo(missing.path("title").asText());
    assertThat(api().get("/api/orders/" + orderId, owner.token()).status()).isEqualTo(200);
  }

  @Test
  default void cancelOrder_ofAnotherCustomer_returns404AndLeavesItPlaced() {
    Customer owner = shop().newCustomer();
    Customer other = shop().newCustomer();
    String product = shop().newProduct(100, 5);
    String orderId = shop().placeOrder(owner, List.of(item(product, 1))).path("id").asText();

    assertProblem(api().post("/api/orders/" + orderId + "/cancel", null, other.token()), 404);

    assertThat(api().get("/api/orders/" + orderId, owner.token()).json().path("status").asText())
        .isEqualTo("PLACED");
    assertThat(shop().stockOf(product)).isEqualTo(4);
  }

  @Test
  default void cancelOrder_byItsOwner_returns200CancelledAndReturnsTheStock() {
    Customer customer = shop().newCustomer();
    String first = shop().newProduct(100, 5);
    String second = shop().newProduct(200, 7);
    String orderId =
        shop().placeOrder(customer, List.of(item(first, 2), item(second, 7))).path("id").asText();
    assertThat(shop().stockOf(first)).isEqualTo(3);
    assertThat(shop().stockOf(second)).isZero();

    ApiResponse response = api().post("/api/orders/" + orderId + "/cancel", null, customer.token());

    assertThat(response.status()).as("%s", response).isEqualTo(200);
    assertThat(response.json().path("id").asText()).isEqualTo(orderId);
    assertThat(response.json().path("status").asText()).isEqualTo("CANCELLED");
    assertThat(shop().stockOf(first)).isEqualTo(5);
    assertThat(shop().stockOf(second)).isEqualTo(7);
    assertThat(api().get("/api/orders/" + orderId, customer.token()).json().path("status").asText())
        .isEqualTo("CANCELLED");
  }

  @Test
  default void cancelOrder_twice_returns409AndReturnsTheStockOnlyOnce() {
    Customer customer = shop().newCustomer();
    String product = shop().newProduct(100, 5);
    String orderId = shop().placeOrder(customer, List.of(item(product, 2))).path("id").asText();
    assertThat(api().post("/api/orders/" + orderId + "/cancel", null, customer.token()).status()).isEqualTo(200);

    assertProblem(api().post("/api/orders/" + orderId + "/cancel", null, customer.token()), 409);

    assertThat(shop().stockOf(product)).isEqualTo(5);
  }

  @Test
  default void cancelOrder_unknown_returns404() {
    assertProblem(api().post("/api/orders/" + Shop.unique("order") + "/cancel", null, shop().newCustomer().token()),
        404);
  }

  @Test
  default void shipOrder_asAdmin_returns200Shipped_thenShippingOrCancellingAgainIs409() {
    Customer customer = shop().newCustomer();
    String product = shop().newProduct(100, 5);
    String orderId = shop().placeOrder(customer, List.of(item(product, 1))).path("id").asText();

    ApiResponse shipped = api().post("/api/admin/orders/" + orderId + "/ship", null, shop().adminToken());

    assertThat(shipped.status()).as("%s", shipped).isEqualTo(200);
    assertThat(shipped.json().path("status").asText()).isEqualTo("SHIPPED");
    assertThat(shipped.json().path("id").asText()).isEqualTo(orderId);
    assertProblem(api().post("/api/admin/orders/" + orderId + "/ship", null, shop().adminToken()), 409);
    assertProblem(api().post("/api/orders/" + orderId + "/cancel", null, customer.token()), 409);
    assertThat(api().get("/api/orders/" + orderId, customer.token()).json().path("status").asText())
        .isEqualTo("SHIPPED");
    assertThat(shop().stockOf(product)).as("shipping keeps the units taken").isEqualTo(4);
  }

  @Test
  default void shipOrder_cancelled_returns409() {
    Customer customer = shop().newCustomer();
    String orderId = shop().placeOrder(customer, List.of(item(shop().newProduct(100, 5), 1))).path("id").asText();
    assertThat(api().post("/api/orders/" + orderId + "/cancel", null, customer.token()).status()).isEqualTo(200);

    assertProblem(api().post("/api/admin/orders/" + orderId + "/ship", null, shop().adminToken()), 409);
  }

  @Test
  default void shipOrder_asCustomerOrAnonymous_isRefusedAndTheOrderStaysPlaced() {
    Customer customer = shop().newCustomer();
    String orderId = shop().placeOrder(customer, List.of(item(shop().newProduct(100, 5), 1))).path("id").asText();

    assertProblem(api().post("/api/admin/orders/" + orderId + "/ship", null, customer.token()), 403);
    assertProblem(api().post("/api/admin/orders/" + orderId + "/ship", null, null), 401);

    assertThat(api().get("/api/orders/" + orderId, customer.token()).json().path("status").asText())
        .isEqualTo("PLACED");
  }

  @Test
  default void shipOrder_unknown_returns404() {
    assertProblem(api().post("/api/admin/orders/" + Shop.unique("order") + "/ship", null, shop().adminToken()),
        404);
  }
}
