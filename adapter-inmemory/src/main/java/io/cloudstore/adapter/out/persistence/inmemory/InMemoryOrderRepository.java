package io.cloudstore.adapter.out.persistence.inmemory;

import io.cloudstore.application.port.out.persistence.IdempotencyKeyTakenException;
import io.cloudstore.application.port.out.persistence.IdempotencyRecord;
import io.cloudstore.application.port.out.persistence.OrderRepository;
import io.cloudstore.application.port.out.persistence.PageCursorCodec;
import io.cloudstore.domain.cart.Cart;
import io.cloudstore.domain.order.IdempotencyKey;
import io.cloudstore.domain.order.Order;
import io.cloudstore.domain.order.OrderId;
import io.cloudstore.domain.order.OrderStatus;
import io.cloudstore.domain.order.OrderStatusConflictException;
import io.cloudstore.domain.page.Page;
import io.cloudstore.domain.page.PageRequest;
import io.cloudstore.domain.product.Product;
import io.cloudstore.domain.user.UserId;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Orders in memory. Every write checks everything first and only then changes anything, holding the
 * aggregate locks of the order's owner and of every product whose stock it changes, so that a write is all
 * or nothing, racing checkouts of a product cannot oversell it, and a user's orders and idempotency records
 * change one write at a time. The order is stored before its idempotency record, so whoever finds the
 * record finds the order.
 */
final class InMemoryOrderRepository implements OrderRepository {
  private final AggregateLocks locks;
  private final OrderTable orders;
  private final ProductTable products;
  private final Map<UserId, Cart> carts;
  private final StockChanges stock;
  private final PageCursorCodec cursors;

  /** {@code locks}, {@code products} and {@code carts} are shared with their repositories. */
  InMemoryOrderRepository(
      AggregateLocks locks, OrderTable orders, ProductTable products, Map<UserId, Cart> carts,
      PageCursorCodec cursors, Clock clock) {
    this.locks = locks;
    this.orders = orders;
    this.products = products;
    this.carts = carts;
    this.stock = new StockChanges(products, clock);
    this.cursors = cursors;
  }

  @Override
  public void placeOrder(Order order, Optional<IdempotencyRecord> idempotencyRecord) {
    requireStatus(order, OrderStatus.PLACED);
    locks.holding(ownerAndProducts(order), () -> {
      if (idempotencyRecord.isPresent()) {
        IdempotencyRecord record = idempotencyRecord.get();
        if (orders.idempotencyRecord(record.userId(), record.key()).isPresent()) {
          throw new IdempotencyKeyTakenException();
        }
      }
      List<Product> taken = stock.afterTaking(order.lines());
      taken.forEach(products::putStock);
      orders.add(order);
      carts.remove(order.userId());
      idempotencyRecord.ifPresent(orders::addIdempotencyRecord);
    });
  }

  @Override
  public void cancelOrder(Order cancelled) {
    requireStatus(cancelled, OrderStatus.CANCELLED);
    // An order's owner and lines never change, so the cancelled state names the stored order's locks.
    locks.holding(ownerAndProducts(cancelled), () -> {
      Order stored = storedPlacedOrder(cancelled.id(), OrderStatus.CANCELLED);
      List<Product> restocked = stock.afterReturning(stored.lines());
      restocked.forEach(products::putStock);
      orders.replace(cancelled);
    });
  }

  @Override
  public void shipOrder(Order shipped) {
    requireStatus(shipped, OrderStatus.SHIPPED);
    locks.holding(List.of(shipped.userId()), () -> {
      storedPlacedOrder(shipped.id(), OrderStatus.SHIPPED);
      orders.replace(shipped);
    });
  }

  @Override
  public Optional<Order> findById(OrderId id) {
    return orders.get(id);
  }

  @Override
  public Page<Order> findByUser(UserId userId, PageRequest page) {
    Optional<OrderKey> after = page.cursor().map(cursor -> OrderKey.fromPosition(cursors.decode(cursor)));
    return KeysetPages.after(
        orders.historyOf(userId), after, page.limit(), key -> orders.get(key.id()),
        key -> cursors.encode(key.position()));
  }

  @Override
  public Optional<IdempotencyRecord> findIdempotencyRecord(UserId userId, IdempotencyKey key) {
    return orders.idempotencyRecord(userId, key);
  }

  private static List<Object> ownerAndProducts(Order order) {
    List<Object> keys = new ArrayList<>(order.lines().size() + 1);
    keys.add(order.userId());
    order.lines().forEach(line -> keys.add(line.productId()));
    return keys;
  }

  private Order storedPlacedOrder(OrderId id, OrderStatus wanted) {
    Order stored =
        orders.get(id).orElseThrow(() -> new IllegalArgumentException("no stored order has id " + id));
    if (stored.status() != OrderStatus.PLACED) {
      throw new OrderStatusConflictException(id, stored.status(), wanted);
    }
    return stored;
  }

  private static void requireStatus(Order order, OrderStatus expected) {
    if (order.status() != expected) {
      throw new IllegalArgumentException(
          "order " + order.id() + " is " + order.status() + ", expected " + expected);
    }
  }
}
