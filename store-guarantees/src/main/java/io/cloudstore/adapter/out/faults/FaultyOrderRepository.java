package io.cloudstore.adapter.out.faults;

import io.cloudstore.application.port.out.persistence.IdempotencyRecord;
import io.cloudstore.application.port.out.persistence.OrderRepository;
import io.cloudstore.domain.order.IdempotencyKey;
import io.cloudstore.domain.order.Order;
import io.cloudstore.domain.order.OrderId;
import io.cloudstore.domain.page.Page;
import io.cloudstore.domain.page.PageRequest;
import io.cloudstore.domain.user.UserId;
import java.util.Optional;

final class FaultyOrderRepository implements OrderRepository {
  private final OrderRepository real;
  private final FaultInjector faults;

  FaultyOrderRepository(OrderRepository real, FaultInjector faults) {
    this.real = real;
    this.faults = faults;
  }

  @Override
  public void placeOrder(Order order, Optional<IdempotencyRecord> idempotencyRecord) {
    faults.write("orders.placeOrder", () -> real.placeOrder(order, idempotencyRecord));
  }

  @Override
  public void cancelOrder(Order cancelled) {
    faults.write("orders.cancelOrder", () -> real.cancelOrder(cancelled));
  }

  @Override
  public void shipOrder(Order shipped) {
    faults.write("orders.shipOrder", () -> real.shipOrder(shipped));
  }

  @Override
  public Optional<Order> findById(OrderId id) {
    return faults.read("orders.findById", () -> real.findById(id));
  }

  @Override
  public Page<Order> findByUser(UserId userId, PageRequest page) {
    return faults.read("orders.findByUser", () -> real.findByUser(userId, page));
  }

  @Override
  public Optional<IdempotencyRecord> findIdempotencyRecord(UserId userId, IdempotencyKey key) {
    return faults.read("orders.findIdempotencyRecord", () -> real.findIdempotencyRecord(userId, key));
  }
}
