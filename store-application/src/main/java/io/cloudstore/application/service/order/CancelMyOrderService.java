package io.cloudstore.application.service.order;

import io.cloudstore.application.port.in.order.CancelMyOrderUseCase;
import io.cloudstore.application.port.out.persistence.OrderRepository;
import io.cloudstore.domain.order.Order;
import io.cloudstore.domain.order.OrderId;
import io.cloudstore.domain.user.UserId;
import java.time.Clock;

public final class CancelMyOrderService implements CancelMyOrderUseCase {
  private final OrderRepository orders;
  private final Clock clock;

  public CancelMyOrderService(OrderRepository orders, Clock clock) {
    this.orders = orders;
    this.clock = clock;
  }

  @Override
  public Order cancel(UserId userId, OrderId orderId) {
    Order cancelled = OwnedOrders.find(orders, userId, orderId).cancel(clock.instant());
    orders.cancelOrder(cancelled);
    return cancelled;
  }
}
