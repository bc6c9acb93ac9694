package io.cloudstore.application.service.order;

import io.cloudstore.application.port.in.order.OrderNotFoundException;
import io.cloudstore.application.port.in.order.ShipOrderUseCase;
import io.cloudstore.application.port.out.persistence.OrderRepository;
import io.cloudstore.domain.order.Order;
import io.cloudstore.domain.order.OrderId;
import java.time.Clock;

public final class ShipOrderService implements ShipOrderUseCase {
  private final OrderRepository orders;
  private final Clock clock;

  public ShipOrderService(OrderRepository orders, Clock clock) {
    this.orders = orders;
    this.clock = clock;
  }

  @Override
  public Order ship(OrderId orderId) {
    Order shipped =
        orders.findById(orderId).orElseThrow(() -> new OrderNotFoundException(orderId)).ship(clock.instant());
    orders.shipOrder(shipped);
    return shipped;
  }
}
