package io.cloudstore.guarantees;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudstore.guarantees.RunModel.SeedProduct;
import io.cloudstore.guarantees.ShopperClient.Tolerance;
import io.cloudstore.guarantees.Violations.Violation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * One randomized run: sets up a small catalog, lets {@code clients} concurrent clients send
 * {@code opsPerClient} random requests each through one or more shop instances, reads the final state and
 * checks every invariant. Prints a figure line and, on failure, the seed and the shortest history that shows
 * each violation.
 */
final class RandomizedRun {
  /** The outcome: how much ran and what broke. */
  record Result(String label, long seed, int operations, int clients, List<Violation> violations) {}

  private static final int PRODUCTS = 8;
  private static final int SHOWN_VIOLATIONS = 5;
  private static final int SHOWN_OPS = 40;

  private final String label;
  private final long seed;
  private final int clients;
  private final int opsPerClient;
  private final Tolerance tolerance;
  private final History history = new History();
  private final Violations violations = new Violations();

  RandomizedRun(String label, long seed, int clients, int opsPerClient, Tolerance tolerance) {
    this.label = label;
    this.seed = seed;
    this.clients = clients;
    this.opsPerClient = opsPerClient;
    this.tolerance = tolerance;
  }

  /**
   * Runs against {@code shops} (all sharing one store); {@code duringLoad} runs on this thread while the
   * clients are busy (to inject faults or stop storage), and {@code beforeChecking} after they finish.
   */
  Result run(List<ShopUnderTest> shops, Runnable duringLoad, Runnable beforeChecking) {
    System.out.printf("invariants[%s]: seed %d (replay with -Dguarantees.seed=%d)%n", label, seed, seed);
    ShopUnderTest first = shops.get(0);
    String adminToken = first.adminToken();
    RunModel model = new RunModel(createProducts(first.client(), adminToken, new SplittableRandom(seed)));
    String runTag = Long.toString(seed, 36) + "-" + Long.toString(System.nanoTime() % 1_000_000, 36);

    List<Http> endpoints = shops.stream().map(ShopUnderTest::client).toList();
    SplittableRandom seeds = new SplittableRandom(seed);
    List<ShopperClient> running = new ArrayList<>();
    for (int i = 0; i < clients; i++) {
      running.add(new ShopperClient(i, endpoints, adminToken, model, history, violations, seeds.nextLong(),
          opsPerClient, tolerance, runTag));
    }
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    try {
      List<Future<?>> done = new ArrayList<>();
      running.forEach(client -> done.add(pool.submit(client)));
      duringLoad.run();
      for (Future<?> future : done) {
        future.get(10, TimeUnit.MINUTES);
      }
    } catch (Exception e) {
      throw new AssertionError("a client of the randomized run failed", e);
    } finally {
      pool.shutdownNow();
    }
    beforeChecking.run();

    List<Op> ops = history.ops();
    if (tolerance != Tolerance.STORAGE_LOST) {
      // when storage came back empty there is no final state to hold the history against; the answers
      // were still checked one by one
      List<Shopper> shoppers = running.stream().flatMap(c -> c.shoppers().stream()).toList();
      FinalState state = FinalState.read(first.client(), shoppers, model.products(), violations);
      new InvariantChecker(ops, model, state, violations).check();
    }
    Result result = new Result(label, seed, ops.size(), clients, violations.all());
    report(result);
    return result;
  }

  History history() {
    return history;
  }

  /** How many requests of the run were answered with {@code status}. */
  long answered(int status) {
    return history.ops().stream().filter(op -> op.status() == status).count();
  }

  long answeredServerErrorsOtherThan503() {
    return history.ops().stream().filter(op -> op.status() >= 500 && op.status() != 503).count();
  }

  Result run(List<ShopUnderTest> shops) {
    return run(shops, () -> {}, () -> {});
  }

  /** A few products with little stock, so that shoppers run out; some are never restocked, two deletable. */
  private static List<SeedProduct> createProducts(Http http, String adminToken, SplittableRandom random) {
    List<SeedProduct> products = new ArrayList<>();
    for (int i = 0; i < PRODUCTS; i++) {
      String name = "Guarantee product " + i;
      String category = "guarantees-" + (i % 3);
      long price = 100 + random.nextInt(5000);
      int stock = 5 + random.nextInt(20);
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("name", name);
      body.put("description", "made for the invariant test");
      body.put("category", category);
      body.put("price", price);
      body.put("imageUrl", "/images/p" + i + ".png");
      body.put("stock", stock);
      Reply created = http.post("/api/admin/products", body, adminToken);
      assertThat(created.status()).as("creating a product: %s", created.brief()).isEqualTo(201);
      products.add(new SeedProduct(created.json().path("id").asText(), name, category, price, stock,
          i % 2 == 0, i >= PRODUCTS - 2));
    }
    return products;
  }

  private void report(Result result) {
    System.out.printf("invariants[%s]: %d operations, %d clients, seed %d, violations: %d%n",
        result.label(), result.operations(), result.clients(), result.seed(), result.violations().size());
    List<Violation> shown = result.violations().subList(0, Math.min(SHOWN_VIOLATIONS, result.violations().size()));
    for (Violation violation : shown) {
      System.out.printf("VIOLATION (seed %d) about %s: %s%n", seed, violation.subject(), violation.message());
      List<Op> about = history.about(violation.subject());
      List<Op> tail = about.subList(Math.max(0, about.size() - SHOWN_OPS), about.size());
      System.out.printf("  the %d operations touching %s%s:%n", about.size(), violation.subject(),
          tail.size() < about.size() ? " (last " + tail.size() + ")" : "");
      tail.forEach(op -> System.out.println("    " + op));
    }
  }

  static void assertNoViolations(Result result) {
    assertThat(result.violations())
        .as("invariants[%s] with seed %d: replay with -Dguarantees.seed=%d; the history is printed above",
            result.label(), result.seed(), result.seed())
        .isEmpty();
  }
}
