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
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Orders in memory. Every write checks everything first and only then changes anything, all under the
 * store's write lock, so that a write is all or nothing and racing checkouts cannot oversell.
 */
final class InMemoryOrderRepository implements OrderRepository {
  private final StoreLock lock;
  private final OrderTable orders;
  private final ProductTable products;
  private final Map<UserId, Cart> carts;
  private final StockChanges stock;
  private final PageCursorCodec cursors;

  /** {@code products} and {@code carts} are shared with their repositories and guarded by {@code lock}. */
  InMemoryOrderRepository(
      StoreLock lock, OrderTable orders, ProductTable products, Map<UserId, Cart> carts,
      PageCursorCodec cursors, Clock clock) {
    this.lock = lock;
    this.orders = orders;
    this.products = products;
    this.carts = carts;
    this.stock = new StockChanges(products, clock);
    this.cursors = cursors;
  }

  @Override
  public void placeOrder(Order order, Optional<IdempotencyRecord> idempotencyRecord) {
    requireStatus(order, OrderStatus.PLACED);
    lock.write(() -> {
      if (idempotencyRecord.isPresent()) {
        IdempotencyRecord record = idempotencyRecord.get();
        if (orders.idempotencyRecord(record.userId(), record.key()).isPresent()) {
          throw new IdempotencyKeyTakenException();
        }
      }
      List<Product> taken = stock.afterTaking(order.lines());
      taken.forEach(products::put);
      orders.add(order);
      carts.remove(order.userId());
      idempotencyRecord.ifPresent(orders::addIdempotencyRecord);
    });
  }

  @Override
  public void cancelOrder(Order cancelled) {
    requireStatus(cancelled, OrderStatus.CANCELLED);
    lock.write(() -> {
      Order stored = storedPlacedOrder(cancelled.id(), OrderStatus.CANCELLED);
      List<Product> restocked = stock.afterReturning(stored.lines());
      restocked.forEach(products::put);
      orders.replace(cancelled);
    });
  }

  @Override
  public void shipOrder(Order shipped) {
    requireStatus(shipped, OrderStatus.SHIPPED);
    lock.write(() -> {
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
    return lock.read(() ->
        KeysetPages.after(
            orders.historyOf(userId),
            after,
            page.limit(),
            key -> orders.get(key.id()),
            key -> cursors.encode(key.position())));
  }

  @Override
  public Optional<IdempotencyRecord> findIdempotencyRecord(UserId userId, IdempotencyKey key) {
    return orders.idempotencyRecord(userId, key);
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
