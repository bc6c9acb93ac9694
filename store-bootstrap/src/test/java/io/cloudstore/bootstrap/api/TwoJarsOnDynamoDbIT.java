package io.cloudstore.bootstrap.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudstore.bootstrap.api.Shop.Customer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two shops, each the real jar started with {@code STORE_STORAGE=dynamodb}, share one DynamoDB endpoint
 * (the emulator CI starts) and one JWT secret, as two instances behind a load balancer would.
 */
class TwoJarsOnDynamoDbIT {
  private static final int UNITS = 10;
  private static final int SHOPPERS = 30;

  private static EmulatorShops shops;
  private static ApiClient first;
  private static ApiClient second;

  @BeforeAll
  static void startTwoShopsOnOneTableSet() throws Exception {
    shops = new EmulatorShops("two-jars", Map.of());
    first = shops.start();
    second = shops.start();
  }

  @AfterAll
  static void stopShops() throws Exception {
    shops.close();
  }

  @Test
  void checkoutsRacingThroughBothInstances_neverOversell() throws Exception {
    String adminToken = first.post("/api/auth/login",
        Map.of("email", EmulatorShops.ADMIN_EMAIL, "password", Shop.PASSWORD)).json().path("token").asText();
    ApiResponse created = first.post("/api/admin/products",
        Shop.productBody(Shop.unique("cat"), "Last batch", 900, UNITS), adminToken);
    assertThat(created.status()).as("%s", created).isEqualTo(201);
    String productId = created.json().path("id").asText();

    List<Customer> customers = new ArrayList<>();
    for (int i = 0; i < SHOPPERS; i++) {
      customers.add(register(i % 2 == 0 ? first : second));
    }

    var startGate = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(SHOPPERS);
    List<Future<ApiResponse>> answers = new ArrayList<>();
    for (int i = 0; i < SHOPPERS; i++) {
      ApiClient via = i % 2 == 0 ? second : first; // each shopper checks out on the other instance
      Customer customer = customers.get(i);
      answers.add(pool.submit(() -> {
        startGate.await();
        return via.post("/api/orders", Shop.orderOf(List.of(Shop.item(productId, 1))), customer.token());
      }));
    }
    startGate.countDown();
    int placed = 0;
    int refused = 0;
    for (Future<ApiResponse> answer : answers) {
      ApiResponse response = answer.get(120, TimeUnit.SECONDS);
      assertThat(response.status()).as("%s", response).isIn(201, 409);
      if (response.status() == 201) {
        placed++;
      } else {
        refused++;
      }
    }
    pool.shutdown();

    assertThat(placed).isEqualTo(UNITS);
    assertThat(refused).isEqualTo(SHOPPERS - UNITS);
    assertThat(first.get("/api/products/" + productId).json().path("stock").asInt()).isZero();
    assertThat(second.get("/api/products/" + productId).json().path("stock").asInt()).isZero();
    int stored = 0;
    for (Customer customer : customers) {
      stored += first.get("/api/orders", customer.token()).json().path("items").size();
    }
    assertThat(stored).as("orders stored across both instances").isEqualTo(UNITS);
  }

  @Test
  void aTokenAndACursorFromOneInstance_workOnTheOther() {
    Customer customer = register(first);
    assertThat(second.get("/api/auth/verify", customer.token()).status()).isEqualTo(200);
    assertThat(second.get("/health").json().path("storage").asText()).isEqualTo("dynamodb");
  }

  private static Customer register(ApiClient via) {
    String email = Shop.uniqueEmail();
    ApiResponse response = via.post("/api/auth/register", Shop.registration("Racer", email, Shop.PASSWORD));
    assertThat(response.status()).as("%s", response).isEqualTo(201);
    return new Customer(response.json().path("user").path("id").asText(), email,
        response.json().path("token").asText());
  }
}
