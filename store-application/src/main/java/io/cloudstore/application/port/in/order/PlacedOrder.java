package io.cloudstore.application.port.in.order;

import io.cloudstore.domain.order.Order;
import java.util.Objects;

/** The order a checkout made, and whether it was made just now or earlier under the same idempotency key. */
public record PlacedOrder(Order order, boolean replayed) {
  public PlacedOrder {
    Objects.requireNonNull(order, "order");
  }
}
