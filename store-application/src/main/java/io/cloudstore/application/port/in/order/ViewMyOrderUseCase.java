package io.cloudstore.application.port.in.order;

import io.cloudstore.domain.order.Order;
import io.cloudstore.domain.order.OrderId;
import io.cloudstore.domain.user.UserId;

/** Shows one of the user's own orders. */
public interface ViewMyOrderUseCase {
  /**
   * @throws OrderNotFoundException if there is no such order or it is someone else's
   */
  Order view(UserId userId, OrderId orderId);
}
