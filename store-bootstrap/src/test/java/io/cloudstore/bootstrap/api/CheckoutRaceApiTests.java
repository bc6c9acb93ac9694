package io.cloudstore.bootstrap.api;

import static io.cloudstore.bootstrap.api.Shop.item;
import static io.cloudstore.bootstrap.api.Shop.orderOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudstore.bootstrap.api.Shop.Customer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Many shoppers, one scarce product, all at once over HTTP: the store never sells what it does not have. */
interface CheckoutRaceApiTests extends ShopTest {
  int SHOPPERS = 40;
  int UNITS = 10;

  @Test
  default void placeOrder_by40ShoppersRacingFor10Units_sellsExactly10AndRefusesTheRest() {
    String product = shop().newProduct(1500, UNITS);
    List<Customer> shoppers = IntStream.range(0, SHOPPERS).mapToObj(i -> shop().newCustomer()).toList();
    Map<String, Object> body = orderOf(List.of(item(product, 1)));

    List<CompletableFuture<ApiResponse>> checkouts = new ArrayList<>();
    for (Customer shopper : shoppers) {
      checkouts.add(api().sendAsync("POST", "/api/orders", body, shopper.token(), Map.of()));
    }
    List<ApiResponse> answers = checkouts.stream().map(CompletableFuture::join).toList();

    assertThat(answers).as("every answer is 201 or 409").allSatisfy(a -> assertThat(a.status()).isIn(201, 409));
    assertThat(answers).filteredOn(a -> a.status() == 201).as("orders placed").hasSize(UNITS);
    answers.stream().filter(a -> a.status() == 409).forEach(a -> Problems.assertProblem(a, 409));
    assertThat(shop().stockOf(product)).as("stock left").isZero();
    int unitsOrdered = 0;
    List<String> stored = new ArrayList<>();
    for (int i = 0; i < SHOPPERS; i++) {
      for (JsonNode order : shop().allPages("/api/orders", shoppers.get(i).token())) {
        assertThat(order.path("status").asText()).isEqualTo("PLACED");
        unitsOrdered += order.path("items").get(0).path("quantity").asInt();
        stored.add("shopper " + i + " (answered " + answers.get(i).status() + ") has order "
            + order.path("id").asText());
      }
    }
    assertThat(unitsOrdered).as("units in all stored orders: %s", stored).isEqualTo(UNITS);
  }
}
