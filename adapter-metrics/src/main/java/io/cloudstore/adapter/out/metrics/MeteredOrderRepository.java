package io.cloudstore.adapter.out.metrics;

import io.cloudstore.application.port.out.persistence.IdempotencyRecord;
import io.cloudstore.application.port.out.persistence.OrderRepository;
import io.cloudstore.domain.order.IdempotencyKey;
import io.cloudstore.domain.order.Order;
import io.cloudstore.domain.order.OrderId;
import io.cloudstore.domain.page.Page;
import io.cloudstore.domain.page.PageRequest;
import io.cloudstore.domain.user.UserId;
import java.util.Optional;

/** An {@link OrderRepository} whose calls are timed and counted; behaviour is the delegate's. */
final class MeteredOrderRepository implements OrderRepository {
  private final OrderRepository delegate;
  private final OperationMeter meter;

  MeteredOrderRepository(OrderRepository delegate, OperationMeter meter) {
    this.delegate = delegate;
    this.meter = meter;
  }

  @Override
  public void placeOrder(Order order, Optional<IdempotencyRecord> idempotencyRecord) {
    meter.run("placeOrder", () -> delegate.placeOrder(order, idempotencyRecord));
  }

  @Override
  public void cancelOrder(Order cancelled) {
    meter.run("cancelOrder", () -> delegate.cancelOrder(cancelled));
  }

  @Override
  public void shipOrder(Order shipped) {
    meter.run("shipOrder", () -> delegate.shipOrder(shipped));
  }

  @Override
  public Optional<Order> findById(OrderId id) {
    return meter.call("findById", () -> delegate.findById(id));
  }

  @Override
  public Page<Order> findByUser(UserId userId, PageRequest page) {
    return meter.call("findByUser", () -> delegate.findByUser(userId, page));
  }

  @Override
  public Optional<IdempotencyRecord> findIdempotencyRecord(UserId userId, IdempotencyKey key) {
    return meter.call("findIdempotencyRecord", () -> delegate.findIdempotencyRecord(userId, key));
  }
}
