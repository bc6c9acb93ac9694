package io.cloudstore.domain.order;

import io.cloudstore.domain.ConflictException;

/** The order is not in a state that allows this change (e.g. cancelling a shipped order). */
public final class OrderStatusConflictException extends ConflictException {
  private static final long serialVersionUID = 1L;

  public OrderStatusConflictException(OrderId orderId, OrderStatus current, OrderStatus wanted) {
    super("Order " + orderId + " is " + current + " and can no longer be " + wanted + ".");
  }
}
