package io.cloudstore.application.port.out.persistence;

import static io.cloudstore.domain.fixtures.TestOrders.anOrder;
import static org.assertj.core.api.Assertions.assertThat;

import io.cloudstore.domain.fixtures.TestIds;
import io.cloudstore.domain.fixtures.TestProducts;
import io.cloudstore.domain.fixtures.TestTimes;
import io.cloudstore.domain.order.IdempotencyKey;
import io.cloudstore.domain.order.InsufficientStockException;
import io.cloudstore.domain.order.Order;
import io.cloudstore.domain.order.OrderId;
import io.cloudstore.domain.order.OrderStatus;
import io.cloudstore.domain.order.OrderStatusConflictException;
import io.cloudstore.domain.page.PageRequest;
import io.cloudstore.domain.product.Product;
import io.cloudstore.domain.user.UserId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/**
 * Checkouts, cancellations and shipments racing each other: stock is never oversold, never returned twice,
 * and an order changes status once. Extend it once per storage adapter; a remote emulator may override
 * the contender counts.
 */
public abstract class CheckoutConcurrencyContract extends StorageContract {

  /** How many one-unit checkouts race for {@link #unitsInStock()} units. */
  protected int racingCheckouts() {
    return 200;
  }

  /** Units in stock when the checkouts race; fewer than {@link #racingCheckouts()}. */
  protected int unitsInStock() {
    return 50;
  }

  /** How many identical requests race for one order (retries with one idempotency key, double cancels). */
  protected int parallelRequests() {
    return 20;
  }

  @Test
  void raceForTheLastUnits_exactlyAsManyCheckoutsSucceedAsThereAreUnitsAndStockEndsAtZero() {
    Product mug = storedProduct(unitsInStock());
    List<Order> attempts = new ArrayList<>();
    for (int i = 0; i < racingCheckouts(); i++) {
      attempts.add(anOrder().withLine(mug, 1).build());
    }

    Race.Results<Order> results = Race.run(attempts.stream().map(this::placing).toList());

    assertThat(results.successes()).hasSize(unitsInStock());
    assertThat(results.failures())
        .hasSize(racingCheckouts() - unitsInStock())
        .allSatisfy(failure -> assertThat(failure).isInstanceOf(InsufficientStockException.class));
    assertThat(stockOf(mug)).isZero();
    for (int i = 0; i < attempts.size(); i++) {
      Order attempt = attempts.get(i);
      assertThat(orders().findById(attempt.id()).isPresent())
          .as("order %s stored", attempt.id())
          .isEqualTo(results.outcomes().get(i).succeeded());
    }
  }

  @Test
  void raceOfCheckoutsForDifferentQuantities_neverSellsMoreThanTheStockNorRefusesWhatWasThere() {
    Product mug = storedProduct(unitsInStock());
    List<Order> attempts = new ArrayList<>();
    for (int i = 0; i < racingCheckouts(); i++) {
      attempts.add(anOrder().withLine(mug, i % 3 + 1).build());
    }

    Race.Results<Order> results = Race.run(attempts.stream().map(this::placing).toList());

    int sold = results.successes().stream().mapToInt(CheckoutConcurrencyContract::units).sum();
    int left = stockOf(mug);
    assertThat(left).isEqualTo(unitsInStock() - sold).isNotNegative();
    for (int i = 0; i < attempts.size(); i++) {
      Race.Outcome<Order> outcome = results.outcomes().get(i);
      if (!outcome.succeeded()) {
        assertThat(outcome.failure()).isInstanceOf(InsufficientStockException.class);
        assertThat(units(attempts.get(i))).as("a refused quantity").isGreaterThan(left);
      }
    }
  }

  @Test
  void checkoutsOfTwoProductsInOppositeLineOrder_allSucceedWithoutDeadlock() {
    int checkouts = racingCheckouts();
    Product mug = storedProduct(checkouts);
    Product plate = storedProduct(checkouts);
    List<Order> attempts = new ArrayList<>();
    for (int i = 0; i < checkouts; i++) {
      attempts.add(i % 2 == 0
          ? anOrder().withLine(mug, 1).withLine(plate, 1).build()
          : anOrder().withLine(plate, 1).withLine(mug, 1).build());
    }

    Race.Results<Order> results = Race.run(attempts.stream().map(this::placing).toList());

    assertThat(results.failures()).isEmpty();
    assertThat(stockOf(mug)).isZero();
    assertThat(stockOf(plate)).isZero();
  }

  @Test
  void oneUsersCheckoutsWithTheSameIdempotencyKey_racing_storeExactlyOneOrder() {
    Product mug = storedProduct(100);
    UserId ana = TestIds.userId();
    IdempotencyKey key = new IdempotencyKey("key-" + UUID.randomUUID());
    List<Callable<Order>> retries = new ArrayList<>();
    for (int i = 0; i < parallelRequests(); i++) {
      Order order = anOrder().forUser(ana).withLine(mug, 1).build();
      IdempotencyRecord record = new IdempotencyRecord(ana, key, "same-request", order.id());
      retries.add(() -> {
        orders().placeOrder(order, Optional.of(record));
        return order;
      });
    }

    Race.Results<Order> results = Race.run(retries);

    assertThat(results.successes()).hasSize(1);
    assertThat(results.failures())
        .hasSize(parallelRequests() - 1)
        .allSatisfy(failure -> assertThat(failure).isInstanceOf(IdempotencyKeyTakenException.class));
    Order winner = results.successes().get(0);
    assertThat(orders().findIdempotencyRecord(ana, key).map(IdempotencyRecord::orderId)).contains(winner.id());
    assertThat(orders().findByUser(ana, PageRequest.first(100)).items()).extracting(Order::id)
        .containsExactly(winner.id());
    assertThat(stockOf(mug)).isEqualTo(99);
  }

  @Test
  void cancelAndShipRacingForTheSameOrders_exactlyOneWinsForEachOrder() {
    int racedOrders = parallelRequests();
    Product mug = storedProduct(racedOrders);
    List<Order> placed = new ArrayList<>();
    List<Callable<OrderStatus>> contenders = new ArrayList<>();
    for (int i = 0; i < racedOrders; i++) {
      Order order = anOrder().withLine(mug, 1).build();
      orders().placeOrder(order, Optional.empty());
      placed.add(order);
      contenders.add(() -> {
        orders().cancelOrder(order.cancel(TestTimes.secondsAfterT0(60)));
        return OrderStatus.CANCELLED;
      });
      contenders.add(() -> {
        orders().shipOrder(order.ship(TestTimes.secondsAfterT0(60)));
        return OrderStatus.SHIPPED;
      });
    }

    Race.Results<OrderStatus> results = Race.run(contenders);

    int cancelled = 0;
    for (int i = 0; i < racedOrders; i++) {
      Race.Outcome<OrderStatus> cancel = results.outcomes().get(2 * i);
      Race.Outcome<OrderStatus> ship = results.outcomes().get(2 * i + 1);
      assertThat(cancel.succeeded()).as("exactly one of cancel and ship wins").isNotEqualTo(ship.succeeded());
      Race.Outcome<OrderStatus> loser = cancel.succeeded() ? ship : cancel;
      assertThat(loser.failure()).isInstanceOf(OrderStatusConflictException.class);
      OrderStatus winner = cancel.succeeded() ? OrderStatus.CANCELLED : OrderStatus.SHIPPED;
      assertThat(orders().findById(placed.get(i).id()).orElseThrow().status()).isEqualTo(winner);
      cancelled += cancel.succeeded() ? 1 : 0;
    }
    assertThat(stockOf(mug)).as("units returned by the cancellations that won").isEqualTo(cancelled);
  }

  @Test
  void concurrentCancelsOfOneOrder_returnItsUnitsOnlyOnce() {
    Product mug = storedProduct(10);
    Order order = anOrder().withLine(mug, 3).build();
    orders().placeOrder(order, Optional.empty());
    List<Callable<Order>> cancels = new ArrayList<>();
    for (int i = 0; i < parallelRequests(); i++) {
      Order cancelled = order.cancel(TestTimes.secondsAfterT0(60 + i));
      cancels.add(() -> {
        orders().cancelOrder(cancelled);
        return cancelled;
      });
    }

    Race.Results<Order> results = Race.run(cancels);

    assertThat(results.successes()).hasSize(1);
    assertThat(results.failures())
        .allSatisfy(failure -> assertThat(failure).isInstanceOf(OrderStatusConflictException.class));
    assertThat(stockOf(mug)).isEqualTo(10);
  }

  @Test
  void deletesRacingCheckoutsOfTheSameProduct_neverBringItBack() {
    for (int round = 0; round < 10; round++) {
      Product mug = storedProduct(parallelRequests());
      List<Callable<Boolean>> contenders = new ArrayList<>();
      for (int i = 0; i < parallelRequests(); i++) {
        Order order = anOrder().withLine(mug, 1).build();
        contenders.add(() -> {
          orders().placeOrder(order, Optional.empty());
          return false;
        });
      }
      contenders.add(() -> products().delete(mug.id()));

      Race.Results<Boolean> results = Race.run(contenders);

      assertThat(results.failures()).as("a checkout after the delete finds nothing to sell")
          .allSatisfy(failure -> assertThat(failure).isInstanceOf(InsufficientStockException.class));
      assertThat(results.outcomes().get(parallelRequests()).value()).as("the delete found the product").isTrue();
      assertThat(products().findById(mug.id())).as("no sale brought the product back").isEmpty();
    }
  }

  @Test
  void historyListedWhileItsOwnerChecksOut_neverFails_andIsAlwaysNewestFirst() {
    UserId ana = TestIds.userId();
    Product mug = storedProduct(parallelRequests());
    List<OrderId> placed = new ArrayList<>();
    List<Callable<Object>> contenders = new ArrayList<>();
    for (int i = 0; i < parallelRequests(); i++) {
      Order order = anOrder().forUser(ana).withLine(mug, 1).placedAt(TestTimes.secondsAfterT0(i)).build();
      placed.add(order.id());
      contenders.add(() -> {
        orders().placeOrder(order, Optional.empty());
        return order;
      });
      contenders.add(() -> {
        for (int read = 0; read < 10; read++) {
          List<Order> listed = orders().findByUser(ana, PageRequest.first(100)).items();
          assertThat(listed).extracting(Order::id).isSubsetOf(placed);
          assertThat(listed).extracting(Order::createdAt).as("newest first")
              .isSortedAccordingTo(Comparator.reverseOrder());
        }
        return "read";
      });
    }

    Race.Results<Object> results = Race.run(contenders);

    assertThat(results.failures()).isEmpty();
    assertThat(orders().findByUser(ana, PageRequest.first(100)).items()).extracting(Order::id)
        .containsExactlyInAnyOrderElementsOf(placed);
  }

  private Callable<Order> placing(Order order) {
    return () -> {
      orders().placeOrder(order, Optional.empty());
      return order;
    };
  }

  private Product storedProduct(int stock) {
    Product product = TestProducts.aProduct().withStock(stock).build();
    products().create(product);
    return product;
  }

  private int stockOf(Product product) {
    return products().findById(product.id()).orElseThrow().stock();
  }

  private static int units(Order order) {
    return order.lines().get(0).quantity().value();
  }
}
