package io.cloudstore.guarantees;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudstore.adapter.out.faults.FaultPlan;
import io.cloudstore.guarantees.ShopperClient.Tolerance;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/**
 * The randomized invariant test on DynamoDB (the emulator named by STORE_DYNAMODB_ENDPOINT), through two
 * shop instances that share the tables, as two servers behind a load balancer would. Kept small: the
 * emulator answers one request at a time.
 */
class DynamoDbInvariantsIT {
  private static final int CLIENTS = 8;

  @Test
  void randomConcurrentShopping_throughTwoInstancesSharingDynamoDb_keepsEveryInvariant() {
    long seed = Seeds.seed();
    URI endpoint = ShopUnderTest.dynamoDbEndpointFromEnvironment();
    String prefix = ShopUnderTest.uniquePrefix("guarantees");
    byte[] secret = ShopUnderTest.newSecret();
    try (var one = ShopUnderTest.onDynamoDb(endpoint, prefix, FaultPlan.none(), secret);
        var two = ShopUnderTest.onDynamoDb(endpoint, prefix, FaultPlan.none(), secret)) {
      var result = new RandomizedRun("dynamodb, 2 instances", seed, CLIENTS, Seeds.opsPerClient(150), Tolerance.NONE)
          .run(List.of(one, two));
      RandomizedRun.assertNoViolations(result);
    }
  }

  @Test
  void randomConcurrentShopping_onDynamoDbWithStorageFaults_answers503AndKeepsEveryInvariant() {
    long seed = Seeds.seed();
    URI endpoint = ShopUnderTest.dynamoDbEndpointFromEnvironment();
    try (var shop = ShopUnderTest.onDynamoDb(endpoint, ShopUnderTest.uniquePrefix("guarantees-faults"),
        FaultPlan.everyKind(0.05, seed), ShopUnderTest.newSecret())) {
      var result = new RandomizedRun("dynamodb+faults", seed, CLIENTS, Seeds.opsPerClient(100),
          Tolerance.STORAGE_FAULTS).run(List.of(shop), () -> shop.faults().enable(), () -> shop.faults().disable());
      System.out.printf("faults injected: %d (dynamodb, rate %.2f, seed %d)%n", shop.faults().injected(),
          shop.faults().plan().rate(), seed);
      assertThat(shop.faults().injected()).as("faults injected").isPositive();
      RandomizedRun.assertNoViolations(result);
    }
  }

  @Test
  void checkoutsRacingThroughTwoInstances_forTheLastUnits_sellExactlyTheStock() {
    URI endpoint = ShopUnderTest.dynamoDbEndpointFromEnvironment();
    String prefix = ShopUnderTest.uniquePrefix("guarantees-race");
    byte[] secret = ShopUnderTest.newSecret();
    int units = 10;
    int shoppers = 30;
    try (var one = ShopUnderTest.onDynamoDb(endpoint, prefix, FaultPlan.none(), secret);
        var two = ShopUnderTest.onDynamoDb(endpoint, prefix, FaultPlan.none(), secret)) {
      Http admin = one.client();
      Reply created = admin.post("/api/admin/products", Map.of("name", "Last units", "description", "race",
          "category", "race", "price", 999, "imageUrl", "/images/race.png", "stock", units), one.adminToken());
      assertThat(created.status()).as(created.brief()).isEqualTo(201);
      String productId = created.json().path("id").asText();
      List<String> tokens = new ArrayList<>();
      for (int i = 0; i < shoppers; i++) {
        Http via = (i % 2 == 0 ? one : two).client();
        Reply registered = via.post("/api/auth/register", Map.of("name", "Racer " + i,
            "email", "racer" + i + "-" + prefix + "@guarantees.example", "password", "racing password"), null);
        assertThat(registered.status()).as(registered.brief()).isEqualTo(201);
        tokens.add(registered.json().path("token").asText());
      }
      Map<String, Object> order = Map.of("items", List.of(Map.of("productId", productId, "quantity", 1)),
          "shippingAddress", ShopperClient.ADDRESS);
      ExecutorService pool = Executors.newFixedThreadPool(shoppers);
      List<Reply> replies;
      try {
        var start = new CountDownLatch(1);
        List<CompletableFuture<Reply>> racing = new ArrayList<>();
        for (int i = 0; i < shoppers; i++) {
          Http via = (i % 2 == 0 ? one : two).client();
          String token = tokens.get(i);
          racing.add(CompletableFuture.supplyAsync(() -> {
            awaitQuietly(start);
            return via.post("/api/orders", order, token);
          }, pool));
        }
        start.countDown();
        replies = racing.stream().map(CompletableFuture::join).toList();
      } finally {
        pool.shutdownNow();
      }

      long sold = replies.stream().filter(r -> r.is(201)).count();
      long refused = replies.stream().filter(r -> r.is(409) && r.isProblem()).count();
      int stockLeft = admin.get("/api/products/" + productId, null).json().path("stock").asInt();
      System.out.printf("race[dynamodb, 2 instances]: %d shoppers, %d units, sold %d, refused %d, stock left %d%n",
          shoppers, units, sold, refused, stockLeft);
      assertThat(sold).as("orders made").isEqualTo(units);
      assertThat(refused).as("checkouts refused with 409").isEqualTo(shoppers - units);
      assertThat(stockLeft).as("stock left").isZero();
    }
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
