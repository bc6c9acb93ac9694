package io.cloudstore.domain.order;

import io.cloudstore.domain.Ids;

/** Identifies one order; an opaque string made by the server. */
public record OrderId(String value) {
  public OrderId {
    Ids.require("orderId", value);
  }

  @Override
  public String toString() {
    return value;
  }
}
