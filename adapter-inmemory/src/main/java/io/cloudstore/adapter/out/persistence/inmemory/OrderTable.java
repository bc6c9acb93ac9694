package io.cloudstore.adapter.out.persistence.inmemory;

import io.cloudstore.application.port.out.persistence.IdempotencyRecord;
import io.cloudstore.domain.order.IdempotencyKey;
import io.cloudstore.domain.order.Order;
import io.cloudstore.domain.order.OrderId;
import io.cloudstore.domain.user.UserId;
import java.util.Collections;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;

/**
 * The stored orders, each user's history sorted newest first, and the idempotency records, all in
 * concurrent maps and sets: reads take no lock. Writers hold the order owner's aggregate lock, which makes
 * their checks and changes of one user's orders and records one step.
 */
final class OrderTable {
  private record IdempotencyId(UserId userId, IdempotencyKey key) {}

  private final Map<OrderId, Order> byId = new ConcurrentHashMap<>();
  private final Map<UserId, NavigableSet<OrderKey>> historyByUser = new ConcurrentHashMap<>();
  private final Map<IdempotencyId, IdempotencyRecord> idempotencyRecords = new ConcurrentHashMap<>();

  Optional<Order> get(OrderId id) {
    return Optional.ofNullable(byId.get(id));
  }

  void add(Order order) {
    NavigableSet<OrderKey> history =
        historyByUser.computeIfAbsent(order.userId(), user -> new ConcurrentSkipListSet<>(OrderKey.NEWEST_FIRST));
    Order stored = sharingTheAddressOfTheNewest(order, history);
    byId.put(stored.id(), stored);
    history.add(OrderKey.of(stored));
  }

  /**
   * A shopper's orders mostly go to one address. An order whose address equals that of its owner's newest
   * order is kept with the newest one's copy, and its own seven fields are left to the collector: every
   * kept order is copied by the garbage collector while it is young, and its address was a third of it.
   */
  private Order sharingTheAddressOfTheNewest(Order order, NavigableSet<OrderKey> history) {
    if (history.isEmpty()) {
      return order;
    }
    Order newest = byId.get(history.first().id());
    if (newest == null || !newest.shippingAddress().equals(order.shippingAddress())) {
      return order;
    }
    return Order.restore(order.id(), order.userId(), order.lines(), order.subtotal(), order.tax(),
        newest.shippingAddress(), order.status(), order.createdAt(), order.updatedAt());
  }

  /** Replaces a stored order with a later state of it (same id, owner and creation time). */
  void replace(Order order) {
    byId.put(order.id(), order);
  }

  /** The user's orders, newest first. Read-only. */
  NavigableSet<OrderKey> historyOf(UserId userId) {
    NavigableSet<OrderKey> history = historyByUser.get(userId);
    return history == null ? Collections.emptyNavigableSet() : Collections.unmodifiableNavigableSet(history);
  }

  Optional<IdempotencyRecord> idempotencyRecord(UserId userId, IdempotencyKey key) {
    return Optional.ofNullable(idempotencyRecords.get(new IdempotencyId(userId, key)));
  }

  void addIdempotencyRecord(IdempotencyRecord record) {
    idempotencyRecords.put(new IdempotencyId(record.userId(), record.key()), record);
  }
}
