package io.cloudstore.application.port.out.persistence;

import io.cloudstore.domain.order.IdempotencyKey;
import io.cloudstore.domain.order.InsufficientStockException;
import io.cloudstore.domain.order.Order;
import io.cloudstore.domain.order.OrderId;
import io.cloudstore.domain.order.OrderStatusConflictException;
import io.cloudstore.domain.page.InvalidCursorException;
import io.cloudstore.domain.page.Page;
import io.cloudstore.domain.page.PageRequest;
import io.cloudstore.domain.user.UserId;
import java.util.Optional;

/**
 * Stores orders, and changes stock together with them. Each write here is all or nothing: when it throws,
 * no stock, order, cart or idempotency record was changed. Every method may throw
 * {@link StorageUnavailableException}.
 */
public interface OrderRepository {
  /**
   * In one atomic step: takes {@code quantity} units of every line's product (each product must exist,
   * have at least that many units and still cost the line's unit price), stores the new order, deletes
   * the owner's cart, and stores {@code idempotencyRecord} if given.
   *
   * @throws InsufficientStockException naming every line whose product is gone or short
   * @throws PriceChangedException if a product's price is no longer the line's unit price
   * @throws IdempotencyKeyTakenException if a record for the same user and key exists already
   */
  void placeOrder(Order order, Optional<IdempotencyRecord> idempotencyRecord);

  /**
   * In one atomic step: stores {@code cancelled} if the stored order is still {@code PLACED}, and returns
   * its units to the stock of every product that still exists.
   *
   * @throws OrderStatusConflictException if the stored order is no longer {@code PLACED}
   */
  void cancelOrder(Order cancelled);

  /**
   * Stores {@code shipped} if the stored order is still {@code PLACED}.
   *
   * @throws OrderStatusConflictException if the stored order is no longer {@code PLACED}
   */
  void shipOrder(Order shipped);

  Optional<Order> findById(OrderId id);

  /**
   * One page of the user's orders, newest first (ties broken by id), stable while orders are added.
   *
   * @throws InvalidCursorException if the cursor was not made by this store or was changed
   */
  Page<Order> findByUser(UserId userId, PageRequest page);

  Optional<IdempotencyRecord> findIdempotencyRecord(UserId userId, IdempotencyKey key);
}
