package io.cloudstore.application.port.in.order;

import io.cloudstore.domain.order.Order;
import io.cloudstore.domain.order.OrderId;
import io.cloudstore.domain.order.OrderStatusConflictException;

/** Marks an order as shipped (admins). */
public interface ShipOrderUseCase {
  /**
   * @throws OrderNotFoundException if there is no such order
   * @throws OrderStatusConflictException if the order is no longer {@code PLACED}
   */
  Order ship(OrderId orderId);
}
