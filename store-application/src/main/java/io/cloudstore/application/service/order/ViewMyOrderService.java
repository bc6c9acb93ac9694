package io.cloudstore.application.service.order;

import io.cloudstore.application.port.in.order.ViewMyOrderUseCase;
import io.cloudstore.application.port.out.persistence.OrderRepository;
import io.cloudstore.domain.order.Order;
import io.cloudstore.domain.order.OrderId;
import io.cloudstore.domain.user.UserId;

public final class ViewMyOrderService implements ViewMyOrderUseCase {
  private final OrderRepository orders;

  public ViewMyOrderService(OrderRepository orders) {
    this.orders = orders;
  }

  @Override
  public Order view(UserId userId, OrderId orderId) {
    return OwnedOrders.find(orders, userId, orderId);
  }
}
