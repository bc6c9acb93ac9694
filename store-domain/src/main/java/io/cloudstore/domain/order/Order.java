package io.cloudstore.domain.order;

import io.cloudstore.domain.ValidationException;
import io.cloudstore.domain.cart.Cart;
import io.cloudstore.domain.money.Money;
import io.cloudstore.domain.money.TaxRate;
import io.cloudstore.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A placed order. Its lines carry their own copy of name and unit price; subtotal, tax and total are
 * computed here from those lines and never taken from a client. Status moves {@code PLACED} →
 * {@code CANCELLED} or {@code PLACED} → {@code SHIPPED}, nothing else.
 */
public final class Order {
  private final OrderId id;
  private final UserId userId;
  private final List<OrderLine> lines;
  private final Money subtotal;
  private final Money tax;
  private final ShippingAddress shippingAddress;
  private final OrderStatus status;
  private final Instant createdAt;
  private final Instant updatedAt;

  private Order(
      OrderId id,
      UserId userId,
      List<OrderLine> lines,
      Money subtotal,
      Money tax,
      ShippingAddress shippingAddress,
      OrderStatus status,
      Instant createdAt,
      Instant updatedAt) {
    this.id = Objects.requireNonNull(id, "id");
    this.userId = Objects.requireNonNull(userId, "userId");
    this.lines = List.copyOf(lines);
    this.subtotal = Objects.requireNonNull(subtotal, "subtotal");
    this.tax = Objects.requireNonNull(tax, "tax");
    this.shippingAddress = Objects.requireNonNull(shippingAddress, "shippingAddress");
    this.status = Objects.requireNonNull(status, "status");
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
  }

  /**
   * A new order for {@code lines}, priced from the lines' own unit prices and taxed at {@code taxRate}.
   *
   * @throws ValidationException if there are no lines, more than {@value Cart#MAX_LINES}, a repeated
   *     product or lines in different currencies
   */
  public static Order place(
      OrderId id, UserId userId, List<OrderLine> lines, ShippingAddress shippingAddress, TaxRate taxRate,
      Instant now) {
    if (lines.isEmpty()) {
      throw ValidationException.of("items", "an order needs at least one item");
    }
    Cart.requireValidLines(lines);
    Money subtotal = sumOf(lines);
    return new Order(id, userId, lines, subtotal, taxRate.taxOn(subtotal), shippingAddress, OrderStatus.PLACED,
        now, now);
  }

  /** Rebuilds a stored order. For adapters only. */
  public static Order restore(
      OrderId id,
      UserId userId,
      List<OrderLine> lines,
      Money subtotal,
      Money tax,
      ShippingAddress shippingAddress,
      OrderStatus status,
      Instant createdAt,
      Instant updatedAt) {
    return new Order(id, userId, lines, subtotal, tax, shippingAddress, status, createdAt, updatedAt);
  }

  public Order cancel(Instant now) {
    return moveTo(OrderStatus.CANCELLED, now);
  }

  public Order ship(Instant now) {
    return moveTo(OrderStatus.SHIPPED, now);
  }

  public boolean isOwnedBy(UserId user) {
    return userId.equals(user);
  }

  private Order moveTo(OrderStatus wanted, Instant now) {
    if (status != OrderStatus.PLACED) {
      throw new OrderStatusConflictException(id, status, wanted);
    }
    return new Order(id, userId, lines, subtotal, tax, shippingAddress, wanted, createdAt, now);
  }

  private static Money sumOf(List<OrderLine> lines) {
    Money sum = Money.zero(lines.get(0).unitPrice().currency());
    for (OrderLine line : lines) {
      sum = sum.plus(line.lineTotal());
    }
    return sum;
  }

  public OrderId id() {
    return id;
  }

  public UserId userId() {
    return userId;
  }

  public List<OrderLine> lines() {
    return lines;
  }

  public Money subtotal() {
    return subtotal;
  }

  public Money tax() {
    return tax;
  }

  public Money total() {
    return subtotal.plus(tax);
  }

  public ShippingAddress shippingAddress() {
    return shippingAddress;
  }

  public OrderStatus status() {
    return status;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Order other && id.equals(other.id);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  @Override
  public String toString() {
    return "Order[" + id + ", " + status + ", " + total() + "]";
  }
}
