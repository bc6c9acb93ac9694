package io.cloudstore.bootstrap.api;

import static io.cloudstore.bootstrap.api.Problems.assertInvalidFields;
import static io.cloudstore.bootstrap.api.Problems.assertProblem;
import static io.cloudstore.bootstrap.api.Shop.item;
import static io.cloudstore.bootstrap.api.Shop.items;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudstore.bootstrap.api.Shop.Customer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code /api/cart}: each customer's own cart, replaced as a whole and priced with today's prices. */
interface CartApiTests extends ShopTest {

  @Test
  default void getCart_ofNewCustomer_isEmpty() {
    Customer customer = shop().newCustomer();

    ApiResponse response = api().get("/api/cart", customer.token());

    assertThat(response.status()).as("%s", response).isEqualTo(200);
    JsonNode cart = response.json();
    assertThat(cart.path("items").isArray()).isTrue();
    assertThat(cart.path("items")).isEmpty();
    assertThat(cart.path("subtotal").asLong(-1)).isZero();
    assertThat(cart.path("currency").asText()).isEqualTo("USD");
  }

  @Test
  default void cart_showsTheTaxAndTotalAnOrderWouldCost_andThatTotalPlacesTheOrder() {
    Customer customer = shop().newCustomer();
    String tin = shop().newProduct(1999, 10);

    JsonNode cart = api().put("/api/cart", items(List.of(item(tin, 1))), customer.token()).json();

    assertThat(cart.path("subtotal").asLong()).isEqualTo(1999);
    assertThat(cart.path("tax").asLong()).as("8.25 %% of 19.99, half up").isEqualTo(165);
    assertThat(cart.path("total").asLong()).isEqualTo(2164);
    Map<String, Object> order = new LinkedHashMap<>(Shop.orderOfCart());
    order.put("expectedTotal", cart.path("total").asLong());
    ApiResponse placed = api().post("/api/orders", order, customer.token());
    assertThat(placed.status()).as("%s", placed).isEqualTo(201);
    assertThat(placed.json().path("total").asLong()).isEqualTo(2164);
  }

  @Test
  default void getCart_anonymously_returns401() {
    assertProblem(api().get("/api/cart"), 401);
    assertProblem(api().put("/api/cart", items(List.of()), null), 401);
    assertProblem(api().delete("/api/cart", null), 401);
  }

  @Test
  default void putCart_replacesTheCartAndPricesEveryLine() {
    Customer customer = shop().newCustomer();
    String mug = shop().newProduct(1250, 10);
    String pot = shop().newProduct(3000, 10);

    ApiResponse response = api().put("/api/cart", items(List.of(item(mug, 2), item(pot, 1))), customer.token());

    assertThat(response.status()).as("%s", response).isEqualTo(200);
    JsonNode cart = response.json();
    assertThat(cart.path("items")).hasSize(2);
    JsonNode first = cart.path("items").get(0);
    assertThat(first.path("productId").asText()).isEqualTo(mug);
    assertThat(first.path("name").asText()).isEqualTo(shop().product(mug).path("name").asText());
    assertThat(first.path("unitPrice").asLong()).isEqualTo(1250);
    assertThat(first.path("quantity").asInt()).isEqualTo(2);
    assertThat(first.path("lineTotal").asLong()).isEqualTo(2500);
    assertThat(first.path("available").asBoolean()).isTrue();
    assertThat(cart.path("subtotal").asLong()).isEqualTo(5500);
    assertThat(cart.path("currency").asText()).isEqualTo("USD");
    assertThat(api().get("/api/cart", customer.token()).json().path("items")).isEqualTo(cart.path("items"));
  }

  @Test
  default void putOrPostCart_replacesWhatWasThereBefore() {
    Customer customer = shop().newCustomer();
    String first = shop().newProduct(100, 10);
    String second = shop().newProduct(200, 10);
    shop().putCart(customer, List.of(item(first, 3)));

    ApiResponse posted = api().post("/api/cart", items(List.of(item(second, 1))), customer.token());

    assertThat(posted.status()).as("%s", posted).isEqualTo(200);
    JsonNode cart = api().get("/api/cart", customer.token()).json();
    assertThat(cart.path("items")).hasSize(1);
    assertThat(cart.path("items").get(0).path("productId").asText()).isEqualTo(second);
    assertThat(cart.path("subtotal").asLong()).isEqualTo(200);

    shop().putCart(customer, List.of());
    assertThat(api().get("/api/cart", customer.token()).json().path("items")).isEmpty();
  }

  @Test
  default void putCart_isPrivateToEachCustomer() {
    Customer ana = shop().newCustomer();
    Customer ben = shop().newCustomer();
    shop().putCart(ana, List.of(item(shop().newProduct(100, 10), 1)));

    assertThat(api().get("/api/cart", ben.token()).json().path("items")).isEmpty();
  }

  @Test
  default void putCart_withUnknownProduct_returns422NamingTheLineAndKeepsTheOldCart() {
    Customer customer = shop().newCustomer();
    String known = shop().newProduct(100, 10);
    shop().putCart(customer, List.of(item(known, 1)));

    ApiResponse response =
        api().put("/api/cart", items(List.of(item(Shop.unique("ghost"), 1), item(known, 2))), customer.token());

    assertInvalidFields(response, "items[0].productId");
    JsonNode cart = api().get("/api/cart", customer.token()).json();
    assertThat(cart.path("items")).hasSize(1);
    assertThat(cart.path("items").get(0).path("quantity").asInt()).isEqualTo(1);
  }

  @Test
  default void putCart_withQuantityOutside1To99_returns422NamingTheQuantity() {
    Customer customer = shop().newCustomer();
    String product = shop().newProduct(100, 500);

    for (int quantity : List.of(0, 100, -1)) {
      assertInvalidFields(api().put("/api/cart", items(List.of(item(product, quantity))), customer.token()),
          "items[0].quantity");
    }
    assertThat(api().put("/api/cart", items(List.of(item(product, 99))), customer.token()).status())
        .isEqualTo(200);
  }

  @Test
  default void putCart_withTheSameProductTwice_returns422() {
    Customer customer = shop().newCustomer();
    String product = shop().newProduct(100, 10);

    assertProblem(api().put("/api/cart", items(List.of(item(product, 1), item(product, 2))), customer.token()),
        422);
  }

  @Test
  default void putCart_withMoreThan50Lines_returns422_but50AreFine() {
    Customer customer = shop().newCustomer();
    String category = shop().uniqueCategory();
    List<Map<String, Object>> lines = new ArrayList<>();
    for (int i = 0; i < 51; i++) {
      lines.add(item(shop().newProduct(category, 100, 5), 1));
    }

    JsonNode problem = assertProblem(api().put("/api/cart", items(lines), customer.token()), 422);
    assertThat(problem.path("errors")).isNotEmpty();
    assertThat(api().get("/api/cart", customer.token()).json().path("items")).isEmpty();

    ApiResponse fifty = api().put("/api/cart", items(lines.subList(0, 50)), customer.token());
    assertThat(fifty.status()).as("%s", fifty).isEqualTo(200);
    assertThat(fifty.json().path("items")).hasSize(50);
  }

  @Test
  default void getCart_afterAnAdminChangedAPrice_showsTheCurrentPrice() {
    Customer customer = shop().newCustomer();
    String product = shop().newProduct(1000, 10);
    assertThat(shop().putCart(customer, List.of(item(product, 2))).path("subtotal").asLong()).isEqualTo(2000);

    shop().changePrice(product, 1500);

    JsonNode cart = api().get("/api/cart", customer.token()).json();
    JsonNode line = cart.path("items").get(0);
    assertThat(line.path("unitPrice").asLong()).isEqualTo(1500);
    assertThat(line.path("lineTotal").asLong()).isEqualTo(3000);
    assertThat(cart.path("subtotal").asLong()).isEqualTo(3000);
  }

  @Test
  default void getCart_withMoreUnitsThanInStock_marksTheLineUnavailable() {
    Customer customer = shop().newCustomer();
    String scarce = shop().newProduct(500, 1);

    JsonNode cart = shop().putCart(customer, List.of(item(scarce, 2)));

    assertThat(cart.path("items").get(0).path("available").asBoolean(true)).isFalse();
  }

  @Test
  default void deleteCart_returns204AndEmptiesIt() {
    Customer customer = shop().newCustomer();
    shop().putCart(customer, List.of(item(shop().newProduct(100, 10), 1)));

    ApiResponse response = api().delete("/api/cart", customer.token());

    assertThat(response.status()).as("%s", response).isEqualTo(204);
    assertThat(response.body()).isEmpty();
    JsonNode cart = api().get("/api/cart", customer.token()).json();
    assertThat(cart.path("items")).isEmpty();
    assertThat(cart.path("subtotal").asLong(-1)).isZero();
  }
}
