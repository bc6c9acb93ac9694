package io.cloudstore.application.service.order;

import io.cloudstore.application.port.in.order.OrderNotFoundException;
import io.cloudstore.application.port.out.persistence.OrderRepository;
import io.cloudstore.domain.order.Order;
import io.cloudstore.domain.order.OrderId;
import io.cloudstore.domain.user.UserId;

/** Finds an order for its owner; someone else's order is reported exactly like a missing one. */
final class OwnedOrders {
  private OwnedOrders() {}

  static Order find(OrderRepository orders, UserId owner, OrderId id) {
    return orders.findById(id).filter(o -> o.isOwnedBy(owner)).orElseThrow(() -> new OrderNotFoundException(id));
  }
}
