package io.cloudstore.application.port.in.order;

import io.cloudstore.domain.order.Order;
import io.cloudstore.domain.order.OrderId;
import io.cloudstore.domain.order.OrderStatusConflictException;
import io.cloudstore.domain.user.UserId;

/** Cancels one of the user's own orders while it is still {@code PLACED}, returning its units to stock. */
public interface CancelMyOrderUseCase {
  /**
   * @throws OrderNotFoundException if there is no such order or it is someone else's
   * @throws OrderStatusConflictException if the order is no longer {@code PLACED}
   */
  Order cancel(UserId userId, OrderId orderId);
}
