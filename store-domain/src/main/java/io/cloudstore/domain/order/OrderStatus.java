package io.cloudstore.domain.order;

/** Where an order is in its life: {@code PLACED}, then either {@code CANCELLED} or {@code SHIPPED}. */
public enum OrderStatus {
  PLACED,
  CANCELLED,
  SHIPPED
}
