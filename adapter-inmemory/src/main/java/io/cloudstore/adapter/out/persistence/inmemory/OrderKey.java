package io.cloudstore.adapter.out.persistence.inmemory;

import io.cloudstore.domain.order.Order;
import io.cloudstore.domain.order.OrderId;
import io.cloudstore.domain.page.InvalidCursorException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Comparator;

/** An order's place in its owner's history: newest first, and by id (descending) among equal times. */
record OrderKey(Instant createdAt, OrderId id) {
  static final Comparator<OrderKey> NEWEST_FIRST =
      Comparator.comparing(OrderKey::createdAt)
          .thenComparing(key -> key.id().value())
          .reversed();
  private static final String KIND = "order|";

  static OrderKey of(Order order) {
    return new OrderKey(order.createdAt(), order.id());
  }

  String position() {
    return KIND + createdAt + "|" + id.value();
  }

  /**
   * @throws InvalidCursorException if {@code position} is not an order-history position
   */
  static OrderKey fromPosition(String position) {
    if (!position.startsWith(KIND)) {
      throw new InvalidCursorException();
    }
    String rest = position.substring(KIND.length());
    int separator = rest.indexOf('|');
    if (separator < 0) {
      throw new InvalidCursorException();
    }
    try {
      return new OrderKey(
          Instant.parse(rest.substring(0, separator)), new OrderId(rest.substring(separator + 1)));
    } catch (DateTimeParseException | IllegalArgumentException malformed) {
      throw new InvalidCursorException();
    }
  }
}
