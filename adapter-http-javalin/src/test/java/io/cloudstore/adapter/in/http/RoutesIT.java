package io.cloudstore.adapter.in.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudstore.application.port.in.cart.ReplaceCartCommand;
import io.cloudstore.application.port.in.order.PlaceOrderCommand;
import io.cloudstore.application.port.in.order.PlacedOrder;
import io.cloudstore.application.port.in.product.CatalogQuery;
import io.cloudstore.application.port.in.user.LogInCommand;
import io.cloudstore.application.port.in.user.RegisterCustomerCommand;
import io.cloudstore.domain.cart.CartLine;
import io.cloudstore.domain.order.IdempotencyKey;
import io.cloudstore.domain.order.Order;
import io.cloudstore.domain.order.OrderId;
import io.cloudstore.domain.page.Page;
import io.cloudstore.domain.page.PageRequest;
import io.cloudstore.domain.product.Category;
import io.cloudstore.domain.product.CategoryCount;
import io.cloudstore.domain.product.Product;
import io.cloudstore.domain.product.ProductDetails;
import io.cloudstore.domain.product.ProductId;
import io.cloudstore.domain.product.Quantity;
import io.cloudstore.domain.user.Role;
import io.cloudstore.domain.user.User;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** Each route: what it passes to its use case and the status, headers and JSON it answers with. */
class RoutesIT {
  private final ApiHarness api = ApiHarness.start();
  private final User ana = TestData.user("cust-1", "ana@example.com", Role.CUSTOMER);

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void register_validBody_is201WithTokenAndUserButNoHash() {
    when(api.registerCustomer.register(any())).thenReturn(TestData.session("jwt-1", ana));

    var response =
        api.post("/api/auth/register",
                "{\"name\":\"Ana Lima\",\"email\":\"Ana@Example.com\",\"password\":\"secret-pass\"}")
            .send();

    assertThat(response.statusCode()).isEqualTo(201);
    JsonNode body = api.json(response);
    assertThat(body.get("token").asText()).isEqualTo("jwt-1");
    assertThat(body.get("user").get("id").asText()).isEqualTo("cust-1");
    assertThat(body.get("user").get("email").asText()).isEqualTo("ana@example.com");
    assertThat(body.get("user").get("role").asText()).isEqualTo("CUSTOMER");
    assertThat(response.body()).doesNotContain("secret-hash", "passwordHash", "secret-pass");
    var command = ArgumentCaptor.forClass(RegisterCustomerCommand.class);
    verify(api.registerCustomer).register(command.capture());
    assertThat(command.getValue().email().value()).isEqualTo("ana@example.com");
  }

  @Test
  void logIn_rightPassword_is200WithTheSession() {
    when(api.logIn.logIn(any())).thenReturn(TestData.session("jwt-2", ana));

    var response = api.post("/api/auth/login", "{\"email\":\"ana@example.com\",\"password\":\"secret-pass\"}").send();

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(api.json(response).get("token").asText()).isEqualTo("jwt-2");
    var command = ArgumentCaptor.forClass(LogInCommand.class);
    verify(api.logIn).logIn(command.capture());
    assertThat(command.getValue().password()).isEqualTo("secret-pass");
  }

  @Test
  void verify_withToken_isTheSignedInUser() {
    when(api.viewAccount.viewAccount(ApiHarness.CUSTOMER.userId())).thenReturn(ana);

    var response = api.get("/api/auth/verify").as(ApiHarness.CUSTOMER_TOKEN).send();

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(api.json(response).get("user").get("name").asText()).isEqualTo("Ana Lima");
  }

  @Test
  void listProducts_withFilters_passesThemAndPagesWithANextCursor() {
    Product hammer = TestData.product("p-1", "Hammer", 1250, 7);
    when(api.browseCatalog.browse(any())).thenReturn(new Page<>(List.of(hammer), Optional.of("next-page")));

    var response = api.get("/api/products?category=Tools&q=%20ham%20&limit=5&cursor=abc").send();

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode body = api.json(response);
    assertThat(body.get("nextCursor").asText()).isEqualTo("next-page");
    JsonNode product = body.get("items").get(0);
    assertThat(product.get("id").asText()).isEqualTo("p-1");
    assertThat(product.get("price").isIntegralNumber()).isTrue();
    assertThat(product.get("price").asLong()).isEqualTo(1250);
    assertThat(product.get("currency").asText()).isEqualTo("USD");
    assertThat(product.get("imageUrl").asText()).isEqualTo("/images/p-1.svg");
    assertThat(product.get("createdAt").asText()).isEqualTo("2026-11-25T10:15:30Z");
    assertThat(product.get("updatedAt").asText()).isEqualTo("2026-11-26T08:00:00Z");
    var query = ArgumentCaptor.forClass(CatalogQuery.class);
    verify(api.browseCatalog).browse(query.capture());
    assertThat(query.getValue().category()).contains(new Category("Tools"));
    assertThat(query.getValue().text()).contains("ham");
    assertThat(query.getValue().page()).isEqualTo(new PageRequest(5, Optional.of("abc")));
  }

  @Test
  void listProducts_lastPage_hasANullNextCursorAndTheDefaultLimit() {
    when(api.browseCatalog.browse(any())).thenReturn(Page.last(List.of()));

    var response = api.get("/api/products").send();

    assertThat(response.body()).contains("\"nextCursor\":null");
    var query = ArgumentCaptor.forClass(CatalogQuery.class);
    verify(api.browseCatalog).browse(query.capture());
    assertThat(query.getValue().page().limit()).isEqualTo(PageRequest.DEFAULT_LIMIT);
    assertThat(query.getValue().category()).isEmpty();
  }

  @Test
  void viewProduct_existing_isTheProduct() {
    when(api.viewProduct.view(new ProductId("p-1"))).thenReturn(TestData.product("p-1", "Hammer", 1250, 7));

    var response = api.get("/api/products/p-1").send();

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(api.json(response).get("stock").asInt()).isEqualTo(7);
  }

  @Test
  void categories_listsNamesAndCounts() {
    when(api.listCategories.listCategories()).thenReturn(List.of(new CategoryCount(new Category("Tools"), 3)));

    var response = api.get("/api/categories").send();

    assertThat(response.body()).isEqualTo("{\"items\":[{\"name\":\"Tools\",\"count\":3}]}");
  }

  @Test
  void createProduct_asAdmin_is201WithLocationInTheStoreCurrency() {
    when(api.createProduct.create(any())).thenReturn(TestData.product("p-new", "Hammer", 1250, 7));

    var response =
        api.post("/api/admin/products",
                "{\"name\":\"Hammer\",\"description\":\"Heavy\",\"category\":\"Tools\",\"price\":1250,\"stock\":7,"
                    + "\"currency\":\"USD\"}")
            .as(ApiHarness.ADMIN_TOKEN).send();

    assertThat(response.statusCode()).isEqualTo(201);
    assertThat(response.headers().firstValue("Location")).contains("/api/products/p-new");
    var details = ArgumentCaptor.forClass(ProductDetails.class);
    verify(api.createProduct).create(details.capture());
    assertThat(details.getValue().price().amount()).isEqualTo(1250);
    assertThat(details.getValue().price().currency()).isEqualTo(TestData.USD);
  }

  @Test
  void createProduct_inAnotherCurrency_is422OnCurrency() {
    var response =
        api.post("/api/admin/products",
                "{\"name\":\"Hammer\",\"category\":\"Tools\",\"price\":1250,\"stock\":7,\"currency\":\"EUR\"}")
            .as(ApiHarness.ADMIN_TOKEN).send();

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(api.json(response).get("errors").findValuesAsText("field")).containsExactly("currency");
  }

  @Test
  void createProduct_manyInvalidFields_reportsThemAll() {
    var response =
        api.post("/api/admin/products", "{\"name\":\"\",\"price\":0,\"stock\":-1,\"imageUrl\":\"javascript:alert(1)\"}")
            .as(ApiHarness.ADMIN_TOKEN).send();

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(api.json(response).get("errors").findValuesAsText("field"))
        .contains("name", "category", "price", "stock", "imageUrl");
  }

  @Test
  void updateProduct_asAdmin_replacesTheFields() {
    when(api.updateProduct.update(eq(new ProductId("p-1")), any()))
        .thenReturn(TestData.product("p-1", "Mallet", 900, 2));

    var response =
        api.put("/api/admin/products/p-1", "{\"name\":\"Mallet\",\"category\":\"Tools\",\"price\":900,\"stock\":2}")
            .as(ApiHarness.ADMIN_TOKEN).send();

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(api.json(response).get("name").asText()).isEqualTo("Mallet");
  }

  @Test
  void cart_view_isPricedWithAvailability() {
    when(api.viewCart.view(ApiHarness.CUSTOMER.userId())).thenReturn(TestData.cart());

    var response = api.get("/api/cart").as(ApiHarness.CUSTOMER_TOKEN).send();

    JsonNode body = api.json(response);
    assertThat(body.get("subtotal").asLong()).isEqualTo(2500);
    assertThat(body.get("currency").asText()).isEqualTo("USD");
    assertThat(body.get("items").get(0).get("lineTotal").asLong()).isEqualTo(2500);
    assertThat(body.get("items").get(0).get("available").asBoolean()).isTrue();
    assertThat(body.get("items").get(1).get("available").asBoolean()).isFalse();
  }

  @Test
  void cart_putAndPost_bothReplaceTheCallersCart() {
    when(api.replaceCart.replace(any())).thenReturn(TestData.cart());
    String body = "{\"items\":[{\"productId\":\"p-1\",\"quantity\":2}]}";

    assertThat(api.put("/api/cart", body).as(ApiHarness.CUSTOMER_TOKEN).send().statusCode()).isEqualTo(200);
    assertThat(api.post("/api/cart", body).as(ApiHarness.CUSTOMER_TOKEN).send().statusCode()).isEqualTo(200);

    var command = ArgumentCaptor.forClass(ReplaceCartCommand.class);
    verify(api.replaceCart, times(2)).replace(command.capture());
    assertThat(command.getValue().userId()).isEqualTo(ApiHarness.CUSTOMER.userId());
    assertThat(command.getValue().lines()).containsExactly(new CartLine(new ProductId("p-1"), Quantity.of(2)));
  }

  @Test
  void cart_quantityOutOfRange_is422OnTheLine() {
    var response =
        api.put("/api/cart", "{\"items\":[{\"productId\":\"p-1\",\"quantity\":100}]}")
            .as(ApiHarness.CUSTOMER_TOKEN).send();

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(api.json(response).get("errors").get(0).get("field").asText()).isEqualTo("items[0].quantity");
  }

  @Test
  void cart_delete_is204() {
    var response = api.delete("/api/cart").as(ApiHarness.CUSTOMER_TOKEN).send();

    assertThat(response.statusCode()).isEqualTo(204);
    verify(api.clearCart).clear(ApiHarness.CUSTOMER.userId());
  }

  @Test
  void placeOrder_firstTime_is201WithLocationAndServerComputedMoney() {
    Order order = TestData.order("o-1", ApiHarness.CUSTOMER.userId());
    when(api.placeOrder.place(any())).thenReturn(new PlacedOrder(order, false));

    var response =
        api.post("/api/orders",
                "{\"items\":[{\"productId\":\"p-1\",\"quantity\":2,\"unitPrice\":1}],\"expectedTotal\":3849,"
                    + "\"total\":1,\"shippingAddress\":" + TestData.ADDRESS_JSON + "}")
            .as(ApiHarness.CUSTOMER_TOKEN).header("Idempotency-Key", "checkout-42").send();

    assertThat(response.statusCode()).isEqualTo(201);
    assertThat(response.headers().firstValue("Location")).contains("/api/orders/o-1");
    JsonNode body = api.json(response);
    assertThat(body.get("status").asText()).isEqualTo("PLACED");
    assertThat(body.get("subtotal").asLong()).isEqualTo(3499);
    assertThat(body.get("tax").asLong()).isEqualTo(350);
    assertThat(body.get("total").asLong()).isEqualTo(3849);
    assertThat(body.get("shippingAddress").get("line2").asText()).isEmpty();
    assertThat(body.get("items").get(0).get("unitPrice").asLong()).isEqualTo(1250);
    var command = ArgumentCaptor.forClass(PlaceOrderCommand.class);
    verify(api.placeOrder).place(command.capture());
    assertThat(command.getValue().userId()).isEqualTo(ApiHarness.CUSTOMER.userId());
    assertThat(command.getValue().lines()).contains(List.of(new CartLine(new ProductId("p-1"), Quantity.of(2))));
    assertThat(command.getValue().expectedTotal()).contains(3849L);
    assertThat(command.getValue().idempotencyKey()).contains(new IdempotencyKey("checkout-42"));
    assertThat(command.getValue().shippingAddress().country()).isEqualTo("US");
  }

  @Test
  void placeOrder_replayedIdempotencyKey_is200WithTheFirstOrder() {
    when(api.placeOrder.place(any()))
        .thenReturn(new PlacedOrder(TestData.order("o-1", ApiHarness.CUSTOMER.userId()), true));

    var response =
        api.post("/api/orders", "{\"shippingAddress\":" + TestData.ADDRESS_JSON + "}")
            .as(ApiHarness.CUSTOMER_TOKEN).header("Idempotency-Key", "checkout-42").send();

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Idempotent-Replayed")).contains("true");
    assertThat(api.json(response).get("id").asText()).isEqualTo("o-1");
  }

  @Test
  void placeOrder_withoutItems_buysTheServerCart() {
    when(api.placeOrder.place(any()))
        .thenReturn(new PlacedOrder(TestData.order("o-1", ApiHarness.CUSTOMER.userId()), false));

    api.post("/api/orders", "{\"shippingAddress\":" + TestData.ADDRESS_JSON + "}").as(ApiHarness.CUSTOMER_TOKEN).send();

    var command = ArgumentCaptor.forClass(PlaceOrderCommand.class);
    verify(api.placeOrder).place(command.capture());
    assertThat(command.getValue().lines()).isEmpty();
    assertThat(command.getValue().idempotencyKey()).isEmpty();
  }

  @Test
  void placeOrder_badAddressAndKey_reportsEveryField() {
    var response =
        api.post("/api/orders", "{\"shippingAddress\":{\"fullName\":\"\",\"country\":\"USA\"}}")
            .as(ApiHarness.CUSTOMER_TOKEN).header("Idempotency-Key", "has space").send();

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(api.json(response).get("errors").findValuesAsText("field"))
        .contains("shippingAddress.fullName", "shippingAddress.line1", "shippingAddress.country", "Idempotency-Key");
  }

  @Test
  void listOrders_passesThePageAndReturnsTheCallersOrders() {
    when(api.listMyOrders.list(eq(ApiHarness.CUSTOMER.userId()), any()))
        .thenReturn(Page.last(List.of(TestData.order("o-1", ApiHarness.CUSTOMER.userId()))));

    var response = api.get("/api/orders?limit=2").as(ApiHarness.CUSTOMER_TOKEN).send();

    assertThat(api.json(response).get("items").get(0).get("id").asText()).isEqualTo("o-1");
    verify(api.listMyOrders).list(ApiHarness.CUSTOMER.userId(), PageRequest.first(2));
  }

  @Test
  void viewCancelAndShip_answerWithTheOrder() {
    Order order = TestData.order("o-1", ApiHarness.CUSTOMER.userId());
    OrderId id = new OrderId("o-1");
    when(api.viewMyOrder.view(ApiHarness.CUSTOMER.userId(), id)).thenReturn(order);
    when(api.cancelMyOrder.cancel(ApiHarness.CUSTOMER.userId(), id)).thenReturn(order.cancel(TestData.UPDATED));
    when(api.shipOrder.ship(id)).thenReturn(order.ship(TestData.UPDATED));

    var viewed = api.get("/api/orders/o-1").as(ApiHarness.CUSTOMER_TOKEN).send();
    var cancelled = api.post("/api/orders/o-1/cancel", "").as(ApiHarness.CUSTOMER_TOKEN).send();
    var shipped = api.post("/api/admin/orders/o-1/ship", "").as(ApiHarness.ADMIN_TOKEN).send();

    assertThat(api.json(viewed).get("status").asText()).isEqualTo("PLACED");
    assertThat(api.json(cancelled).get("status").asText()).isEqualTo("CANCELLED");
    assertThat(api.json(shipped).get("status").asText()).isEqualTo("SHIPPED");
  }

  @Test
  void health_storageReachable_isUp() {
    when(api.checkHealth.isStorageReachable()).thenReturn(true);

    var response = api.get("/health").send();

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("{\"status\":\"UP\",\"storage\":\"memory\"}");
  }

  @Test
  void health_storageUnreachable_is503Down() {
    when(api.checkHealth.isStorageReachable()).thenReturn(false);

    var response = api.get("/health").send();

    assertThat(response.statusCode()).isEqualTo(503);
    assertThat(response.body()).isEqualTo("{\"status\":\"DOWN\",\"storage\":\"memory\"}");
  }
}
