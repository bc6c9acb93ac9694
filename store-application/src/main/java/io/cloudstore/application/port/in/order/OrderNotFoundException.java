package io.cloudstore.application.port.in.order;

import io.cloudstore.domain.NotFoundException;
import io.cloudstore.domain.order.OrderId;

/** No order has this id, or it belongs to someone else (the two are not told apart). */
public final class OrderNotFoundException extends NotFoundException {
  private static final long serialVersionUID = 1L;

  public OrderNotFoundException(OrderId id) {
    super("No order with id " + id + ".");
  }
}
