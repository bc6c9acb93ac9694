package io.cloudstore.application.port.out.persistence;

import static io.cloudstore.application.port.out.persistence.StoredAggregates.assertSameOrder;
import static io.cloudstore.domain.fixtures.TestOrders.anOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.cloudstore.domain.cart.Cart;
import io.cloudstore.domain.fixtures.TestCarts;
import io.cloudstore.domain.fixtures.TestIds;
import io.cloudstore.domain.fixtures.TestProducts;
import io.cloudstore.domain.fixtures.TestTimes;
import io.cloudstore.domain.order.IdempotencyKey;
import io.cloudstore.domain.order.InsufficientStockException;
import io.cloudstore.domain.order.InsufficientStockException.ShortProduct;
import io.cloudstore.domain.order.Order;
import io.cloudstore.domain.order.OrderId;
import io.cloudstore.domain.order.OrderStatus;
import io.cloudstore.domain.order.OrderStatusConflictException;
import io.cloudstore.domain.page.InvalidCursorException;
import io.cloudstore.domain.page.Page;
import io.cloudstore.domain.page.PageRequest;
import io.cloudstore.domain.product.Category;
import io.cloudstore.domain.product.Product;
import io.cloudstore.domain.user.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every {@link OrderRepository} promises: atomic checkout, cancel and ship, idempotency records and
 * the order history. Extend it once per storage adapter.
 */
public abstract class OrderRepositoryContract extends StorageContract {

  // --- placing orders

  @Test
  void placeOrder_enoughStock_takesTheUnitsStoresTheOrderAndDeletesTheOwnersCart() {
    Product mug = storedProduct(10, 1250);
    Product plate = storedProduct(4, 800);
    UserId ana = TestIds.userId();
    carts().save(cartOf(ana, mug));
    Order order = anOrder().forUser(ana).withLine(mug, 3).withLine(plate, 4).build();

    orders().placeOrder(order, Optional.empty());

    assertThat(stockOf(mug)).isEqualTo(7);
    assertThat(stockOf(plate)).as("a line may take the last units").isZero();
    assertSameOrder(orders().findById(order.id()), order);
    assertThat(carts().findByUser(ana)).isEmpty();
  }

  @Test
  void placeOrder_leavesOtherUsersCartsAlone() {
    Product mug = storedProduct(10, 1250);
    UserId ana = TestIds.userId();
    UserId ben = TestIds.userId();
    carts().save(cartOf(ben, mug));

    orders().placeOrder(anOrder().forUser(ana).withLine(mug, 1).build(), Optional.empty());

    assertThat(carts().findByUser(ben)).isPresent();
  }

  @Test
  void placeOrder_incrementsTheVersionOfEveryProductItTakesFrom_soAStaleEditCannotUndoTheSale() {
    Product mug = storedProduct(10, 1250);
    Product readBeforeSale = products().findById(mug.id()).orElseThrow();

    orders().placeOrder(anOrder().withLine(mug, 2).build(), Optional.empty());

    assertThat(products().findById(mug.id()).orElseThrow().version()).isEqualTo(readBeforeSale.version() + 1);
    Product staleEdit = readBeforeSale.update(readBeforeSale.details(), TestTimes.secondsAfterT0(1));
    assertThatThrownBy(() -> products().update(staleEdit)).isInstanceOf(ConcurrentUpdateException.class);
    assertThat(stockOf(mug)).isEqualTo(8);
  }

  @Test
  void placeOrder_someLinesShort_throwsNamingEveryShortLineAndChangesNothing() {
    Product enough = storedProduct(5, 100);
    Product tooFew = storedProduct(1, 200);
    Product none = storedProduct(0, 300);
    UserId ana = TestIds.userId();
    Cart cart = cartOf(ana, enough);
    carts().save(cart);
    Order order = anOrder().forUser(ana).withLine(enough, 2).withLine(tooFew, 3).withLine(none, 1).build();
    IdempotencyRecord record = recordOf(order, uniqueKey());
    List<Product> before = reread(enough, tooFew, none);

    InsufficientStockException thrown =
        catchThrowableOfType(InsufficientStockException.class,
            () -> orders().placeOrder(order, Optional.of(record)));

    assertThat(thrown).isNotNull();
    assertThat(thrown.shortProducts()).containsExactlyInAnyOrder(
        new ShortProduct(tooFew.id(), tooFew.name()), new ShortProduct(none.id(), none.name()));
    assertNothingChanged(order, record, cart, before);
  }

  @Test
  void placeOrder_productDeletedSincePricing_throwsInsufficientStockNamingItAndChangesNothing() {
    Product kept = storedProduct(5, 100);
    Product deleted = storedProduct(5, 200);
    UserId ana = TestIds.userId();
    Cart cart = cartOf(ana, kept);
    carts().save(cart);
    Order order = anOrder().forUser(ana).withLine(kept, 1).withLine(deleted, 1).build();
    IdempotencyRecord record = recordOf(order, uniqueKey());
    products().delete(deleted.id());
    List<Product> before = reread(kept);

    InsufficientStockException thrown =
        catchThrowableOfType(InsufficientStockException.class,
            () -> orders().placeOrder(order, Optional.of(record)));

    assertThat(thrown).isNotNull();
    assertThat(thrown.shortProducts()).containsExactly(new ShortProduct(deleted.id(), deleted.name()));
    assertNothingChanged(order, record, cart, before);
  }

  @Test
  void placeOrder_priceChangedSincePricing_throwsPriceChangedAndChangesNothing() {
    Product unchanged = storedProduct(5, 100);
    Product repriced = storedProduct(5, 200);
    UserId ana = TestIds.userId();
    Cart cart = cartOf(ana, unchanged);
    carts().save(cart);
    Order order = anOrder().forUser(ana).withLine(unchanged, 1).withLine(repriced, 1).build();
    IdempotencyRecord record = recordOf(order, uniqueKey());
    Product read = products().findById(repriced.id()).orElseThrow();
    products().update(read.update(
        TestProducts.aProduct().withName(read.name()).withPrice(250).withStock(5).details(), TestTimes.T0));
    List<Product> before = reread(unchanged, repriced);

    PriceChangedException thrown =
        catchThrowableOfType(PriceChangedException.class, () -> orders().placeOrder(order, Optional.of(record)));

    assertThat(thrown).isNotNull();
    assertThat(thrown.products()).containsExactly(repriced.id());
    assertNothingChanged(order, record, cart, before);
  }

  // --- idempotency records

  @Test
  void placeOrder_withAnIdempotencyRecord_storesTheRecord() {
    Product mug = storedProduct(10, 1250);
    Order order = anOrder().withLine(mug, 1).build();
    IdempotencyRecord record = recordOf(order, uniqueKey());

    orders().placeOrder(order, Optional.of(record));

    assertThat(orders().findIdempotencyRecord(order.userId(), record.key())).contains(record);
  }

  @Test
  void findIdempotencyRecord_keyNeverUsed_returnsEmpty() {
    assertThat(orders().findIdempotencyRecord(TestIds.userId(), uniqueKey())).isEmpty();
  }

  @Test
  void findIdempotencyRecord_keyUsedByAnotherUser_returnsEmpty() {
    Product mug = storedProduct(10, 1250);
    Order order = anOrder().withLine(mug, 1).build();
    IdempotencyRecord record = recordOf(order, uniqueKey());
    orders().placeOrder(order, Optional.of(record));

    assertThat(orders().findIdempotencyRecord(TestIds.userId(), record.key())).isEmpty();
  }

  @Test
  void placeOrder_keyAlreadyUsedBySameUser_throwsIdempotencyKeyTakenAndChangesNothing() {
    Product mug = storedProduct(10, 1250);
    UserId ana = TestIds.userId();
    IdempotencyKey key = uniqueKey();
    Order first = anOrder().forUser(ana).withLine(mug, 1).build();
    IdempotencyRecord firstRecord = recordOf(first, key);
    orders().placeOrder(first, Optional.of(firstRecord));
    Cart cart = cartOf(ana, mug);
    carts().save(cart);
    Order second = anOrder().forUser(ana).withLine(mug, 2).build();
    IdempotencyRecord secondRecord = recordOf(second, key);

    assertThatThrownBy(() -> orders().placeOrder(second, Optional.of(secondRecord)))
        .isInstanceOf(IdempotencyKeyTakenException.class);

    assertThat(stockOf(mug)).isEqualTo(9);
    assertThat(orders().findById(second.id())).isEmpty();
    assertThat(carts().findByUser(ana)).isPresent();
    assertThat(orders().findIdempotencyRecord(ana, key)).contains(firstRecord);
  }

  @Test
  void placeOrder_keyUsedByAnotherUser_isStoredAsTheirOwn() {
    Product mug = storedProduct(10, 1250);
    IdempotencyKey key = uniqueKey();
    Order ana = anOrder().withLine(mug, 1).build();
    Order ben = anOrder().withLine(mug, 1).build();
    orders().placeOrder(ana, Optional.of(recordOf(ana, key)));

    orders().placeOrder(ben, Optional.of(recordOf(ben, key)));

    assertThat(orders().findIdempotencyRecord(ben.userId(), key).map(IdempotencyRecord::orderId))
        .contains(ben.id());
    assertThat(orders().findIdempotencyRecord(ana.userId(), key).map(IdempotencyRecord::orderId))
        .contains(ana.id());
    assertThat(stockOf(mug)).isEqualTo(8);
  }

  // --- cancelling and shipping

  @Test
  void cancelOrder_placedOrder_storesItCancelledAndReturnsTheUnitsToStock() {
    Product mug = storedProduct(10, 1250);
    Product plate = storedProduct(4, 800);
    Order order = anOrder().withLine(mug, 3).withLine(plate, 4).build();
    orders().placeOrder(order, Optional.empty());
    long mugVersionBeforeCancel = products().findById(mug.id()).orElseThrow().version();
    Order cancelled = order.cancel(TestTimes.secondsAfterT0(60));

    orders().cancelOrder(cancelled);

    assertSameOrder(orders().findById(order.id()), cancelled);
    assertThat(stockOf(mug)).isEqualTo(10);
    assertThat(stockOf(plate)).isEqualTo(4);
    assertThat(products().findById(mug.id()).orElseThrow().version()).isEqualTo(mugVersionBeforeCancel + 1);
  }

  @Test
  void cancelOrder_productDeletedSinceOrdering_cancelsAndReturnsTheOtherUnits() {
    Product kept = storedProduct(10, 1250);
    Product deleted = storedProduct(4, 800);
    Order order = anOrder().withLine(kept, 3).withLine(deleted, 1).build();
    orders().placeOrder(order, Optional.empty());
    products().delete(deleted.id());

    orders().cancelOrder(order.cancel(TestTimes.secondsAfterT0(60)));

    assertThat(orders().findById(order.id()).orElseThrow().status()).isEqualTo(OrderStatus.CANCELLED);
    assertThat(stockOf(kept)).isEqualTo(10);
    assertThat(products().findById(deleted.id())).as("a deleted product stays deleted").isEmpty();
  }

  @Test
  void cancelOrder_alreadyCancelled_throwsStatusConflictAndReturnsNoUnitsTwice() {
    Product mug = storedProduct(10, 1250);
    Order order = anOrder().withLine(mug, 3).build();
    orders().placeOrder(order, Optional.empty());
    Order cancelled = order.cancel(TestTimes.secondsAfterT0(60));
    orders().cancelOrder(cancelled);

    assertThatThrownBy(() -> orders().cancelOrder(cancelled)).isInstanceOf(OrderStatusConflictException.class);

    assertThat(stockOf(mug)).isEqualTo(10);
  }

  @Test
  void cancelOrder_shippedOrder_throwsStatusConflictAndKeepsItShippedWithItsUnitsSold() {
    Product mug = storedProduct(10, 1250);
    Order order = anOrder().withLine(mug, 3).build();
    orders().placeOrder(order, Optional.empty());
    orders().shipOrder(order.ship(TestTimes.secondsAfterT0(60)));

    Order cancelledFromAStaleRead = order.cancel(TestTimes.secondsAfterT0(61));

    assertThatThrownBy(() -> orders().cancelOrder(cancelledFromAStaleRead))
        .isInstanceOf(OrderStatusConflictException.class);
    assertThat(orders().findById(order.id()).orElseThrow().status()).isEqualTo(OrderStatus.SHIPPED);
    assertThat(stockOf(mug)).isEqualTo(7);
  }

  @Test
  void shipOrder_placedOrder_storesItShippedAndLeavesTheStockAlone() {
    Product mug = storedProduct(10, 1250);
    Order order = anOrder().withLine(mug, 3).build();
    orders().placeOrder(order, Optional.empty());
    Order shipped = order.ship(TestTimes.secondsAfterT0(60));

    orders().shipOrder(shipped);

    assertSameOrder(orders().findById(order.id()), shipped);
    assertThat(stockOf(mug)).isEqualTo(7);
  }

  @Test
  void shipOrder_cancelledOrder_throwsStatusConflictAndKeepsItCancelled() {
    Product mug = storedProduct(10, 1250);
    Order order = anOrder().withLine(mug, 3).build();
    orders().placeOrder(order, Optional.empty());
    orders().cancelOrder(order.cancel(TestTimes.secondsAfterT0(60)));

    Order shippedFromAStaleRead = order.ship(TestTimes.secondsAfterT0(61));

    assertThatThrownBy(() -> orders().shipOrder(shippedFromAStaleRead))
        .isInstanceOf(OrderStatusConflictException.class);
    assertThat(orders().findById(order.id()).orElseThrow().status()).isEqualTo(OrderStatus.CANCELLED);
    assertThat(stockOf(mug)).isEqualTo(10);
  }

  @Test
  void shipOrder_alreadyShipped_throwsStatusConflict() {
    Product mug = storedProduct(10, 1250);
    Order order = anOrder().withLine(mug, 1).build();
    orders().placeOrder(order, Optional.empty());
    Order shipped = order.ship(TestTimes.secondsAfterT0(60));
    orders().shipOrder(shipped);

    assertThatThrownBy(() -> orders().shipOrder(shipped)).isInstanceOf(OrderStatusConflictException.class);
  }

  // --- reading orders

  @Test
  void findById_unknownId_returnsEmpty() {
    assertThat(orders().findById(TestIds.orderId())).isEmpty();
  }

  @Test
  void pastOrder_afterItsProductWasChangedAndDeleted_keepsItsOwnNamesAndPrices() {
    Product mug = storedProduct(10, 1250);
    Product plate = storedProduct(10, 800);
    Order order = anOrder().withLine(mug, 2).withLine(plate, 1).build();
    orders().placeOrder(order, Optional.empty());
    Product read = products().findById(plate.id()).orElseThrow();
    products().update(read.update(
        TestProducts.aProduct().withName("Renamed plate").withPrice(999).withStock(9).details(), TestTimes.T0));

    products().delete(mug.id());

    Order stored = orders().findById(order.id()).orElseThrow();
    assertSameOrder(stored, order);
    assertThat(orders().findByUser(order.userId(), PageRequest.first(10)).items())
        .singleElement()
        .satisfies(listed -> assertThat(listed.lines()).isEqualTo(order.lines()));
  }

  @Test
  void findByUser_listsOnlyTheUsersOwnOrdersNewestFirst() {
    Product mug = storedProduct(100, 500);
    UserId ana = TestIds.userId();
    Order oldest = placed(ana, mug, 1);
    Order newest = placed(ana, mug, 3);
    Order middle = placed(ana, mug, 2);
    placed(TestIds.userId(), mug, 4);

    Page<Order> page = orders().findByUser(ana, PageRequest.first(10));

    assertThat(ids(page.items())).containsExactly(newest.id(), middle.id(), oldest.id());
    assertThat(page.nextCursor()).isEmpty();
    assertSameOrder(page.items().get(0), newest);
  }

  @Test
  void findByUser_userWithoutOrders_returnsAnEmptyLastPage() {
    Page<Order> page = orders().findByUser(TestIds.userId(), PageRequest.first(10));

    assertThat(page.items()).isEmpty();
    assertThat(page.nextCursor()).isEmpty();
  }

  @Test
  void findByUser_ordersPlacedAtTheSameInstant_pagedOneByOne_areEachListedOnceNewestFirst() {
    Product mug = storedProduct(100, 500);
    UserId ana = TestIds.userId();
    List<OrderId> placed = new ArrayList<>();
    for (long second : List.of(1L, 2L, 2L, 2L, 3L, 2L)) {
      placed.add(placed(ana, mug, second).id());
    }

    List<Order> oneByOne = everyPage(ana, 1);

    assertThat(ids(oneByOne)).containsExactlyInAnyOrderElementsOf(placed);
    assertThat(oneByOne).extracting(Order::createdAt).isSortedAccordingTo(Comparator.reverseOrder());
    assertThat(ids(everyPage(ana, 4))).isEqualTo(ids(oneByOne));
  }

  @Test
  void findByUser_lastExactlyFullPage_hasNoCursor() {
    Product mug = storedProduct(100, 500);
    UserId ana = TestIds.userId();
    for (long second = 1; second <= 4; second++) {
      placed(ana, mug, second);
    }

    Page<Order> first = orders().findByUser(ana, PageRequest.first(2));
    Page<Order> second = orders().findByUser(ana, PageRequest.after(first.nextCursor().orElseThrow(), 2));

    assertThat(first.items()).hasSize(2);
    assertThat(second.items()).hasSize(2);
    assertThat(second.nextCursor()).isEmpty();
  }

  @Test
  void findByUser_ordersPlacedWhilePaging_listsEveryEarlierOrderExactlyOnce() {
    Product mug = storedProduct(100, 500);
    UserId ana = TestIds.userId();
    List<OrderId> earlier = new ArrayList<>();
    for (long second = 1; second <= 5; second++) {
      earlier.add(placed(ana, mug, second).id());
    }
    Page<Order> firstPage = orders().findByUser(ana, PageRequest.first(2));
    placed(ana, mug, 6);
    placed(ana, mug, 7);

    List<Order> rest =
        Paging.collectFrom(
            request -> orders().findByUser(ana, request),
            PageRequest.after(firstPage.nextCursor().orElseThrow(), 2));

    List<OrderId> visited = new ArrayList<>(ids(firstPage.items()));
    visited.addAll(ids(rest));
    assertThat(visited).containsExactlyElementsOf(reversed(earlier));
  }

  @Test
  void findByUser_showsEachOrdersCurrentStatus() {
    Product mug = storedProduct(100, 500);
    UserId ana = TestIds.userId();
    Order order = placed(ana, mug, 1);
    orders().cancelOrder(order.cancel(TestTimes.secondsAfterT0(2)));

    assertThat(orders().findByUser(ana, PageRequest.first(10)).items())
        .extracting(Order::status)
        .containsExactly(OrderStatus.CANCELLED);
  }

  @Test
  void findByUser_tamperedCursor_throwsInvalidCursor() {
    UserId ana = userWithThreeOrders();
    String cursor = orders().findByUser(ana, PageRequest.first(1)).nextCursor().orElseThrow();

    assertThatThrownBy(() -> orders().findByUser(ana, PageRequest.after(Paging.tampered(cursor), 1)))
        .isInstanceOf(InvalidCursorException.class);
  }

  @Test
  void findByUser_cursorThatWasNeverIssued_throwsInvalidCursor() {
    UserId ana = userWithThreeOrders();

    for (String garbage : List.of("not-a-cursor", "eyJpZCI6IngifQ", "a.b", "....")) {
      assertThatThrownBy(() -> orders().findByUser(ana, PageRequest.after(garbage, 1)))
          .as(garbage)
          .isInstanceOf(InvalidCursorException.class);
    }
  }

  @Test
  void findByUser_cursorFromTheCatalog_throwsInvalidCursor() {
    UserId ana = userWithThreeOrders();
    Category category = new Category("cat-" + UUID.randomUUID());
    for (int i = 0; i < 2; i++) {
      products().create(TestProducts.aProduct().withCategory(category).build());
    }
    String catalogCursor =
        products().search(new ProductSearch(Optional.of(category), Optional.empty()), PageRequest.first(1))
            .nextCursor().orElseThrow();

    assertThatThrownBy(() -> orders().findByUser(ana, PageRequest.after(catalogCursor, 1)))
        .isInstanceOf(InvalidCursorException.class);
  }

  // --- helpers

  private Product storedProduct(int stock, long priceInCents) {
    Product product = TestProducts.aProduct().withStock(stock).withPrice(priceInCents).build();
    products().create(product);
    return product;
  }

  private int stockOf(Product product) {
    return products().findById(product.id()).orElseThrow().stock();
  }

  private Order placed(UserId user, Product product, long secondsAfterT0) {
    Order order = anOrder().forUser(user).withLine(product, 1).placedAt(at(secondsAfterT0)).build();
    orders().placeOrder(order, Optional.empty());
    return order;
  }

  private UserId userWithThreeOrders() {
    Product mug = storedProduct(10, 500);
    UserId user = TestIds.userId();
    for (long second = 1; second <= 3; second++) {
      placed(user, mug, second);
    }
    return user;
  }

  private List<Order> everyPage(UserId user, int limit) {
    return Paging.collectAll(request -> orders().findByUser(user, request), limit);
  }

  private List<Product> reread(Product... products) {
    List<Product> current = new ArrayList<>();
    for (Product product : products) {
      current.add(products().findById(product.id()).orElseThrow());
    }
    return current;
  }

  /** After a failed checkout: stock and versions as before, no order, the cart kept, no idempotency record. */
  private void assertNothingChanged(Order order, IdempotencyRecord record, Cart cart, List<Product> before) {
    for (Product product : before) {
      Product now = products().findById(product.id()).orElseThrow();
      assertThat(now.stock()).as("stock of " + product.name()).isEqualTo(product.stock());
      assertThat(now.version()).as("version of " + product.name()).isEqualTo(product.version());
    }
    assertThat(orders().findById(order.id())).isEmpty();
    assertThat(orders().findByUser(order.userId(), PageRequest.first(10)).items()).isEmpty();
    assertThat(carts().findByUser(cart.userId()).map(Cart::lines)).contains(cart.lines());
    assertThat(orders().findIdempotencyRecord(record.userId(), record.key())).isEmpty();
  }

  private static Cart cartOf(UserId user, Product product) {
    return TestCarts.aCart().forUser(user).withLine(product, 1).build();
  }

  private static IdempotencyRecord recordOf(Order order, IdempotencyKey key) {
    return new IdempotencyRecord(order.userId(), key, "fingerprint-of-" + order.id(), order.id());
  }

  private static IdempotencyKey uniqueKey() {
    return new IdempotencyKey("key-" + UUID.randomUUID());
  }

  private static Instant at(long secondsAfterT0) {
    return TestTimes.secondsAfterT0(secondsAfterT0);
  }

  private static List<OrderId> ids(List<Order> orders) {
    return orders.stream().map(Order::id).toList();
  }

  private static <T> List<T> reversed(List<T> list) {
    List<T> copy = new ArrayList<>(list);
    Collections.reverse(copy);
    return copy;
  }
}
