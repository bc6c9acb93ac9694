package io.cloudstore.adapter.in.http.order;

import io.cloudstore.adapter.in.http.support.Timestamps;
import io.cloudstore.domain.order.Order;
import io.cloudstore.domain.order.OrderLine;
import io.cloudstore.domain.order.ShippingAddress;
import java.util.List;

/** An order with the prices it was bought at; amounts in minor units of {@code currency}. */
public record OrderResponse(
    String id,
    String status,
    List<OrderLineResponse> items,
    long subtotal,
    long tax,
    long total,
    String currency,
    ShippingAddressResponse shippingAddress,
    String createdAt) {
  public static OrderResponse from(Order order) {
    return new OrderResponse(
        order.id().value(),
        order.status().name(),
        order.lines().stream().map(OrderLineResponse::from).toList(),
        order.subtotal().amount(),
        order.tax().amount(),
        order.total().amount(),
        order.total().currency().getCurrencyCode(),
        ShippingAddressResponse.from(order.shippingAddress()),
        Timestamps.format(order.createdAt()));
  }

  /** One line, with the name and unit price copied when the order was placed. */
  public record OrderLineResponse(String productId, String name, long unitPrice, int quantity, long lineTotal) {
    static OrderLineResponse from(OrderLine line) {
      return new OrderLineResponse(
          line.productId().value(),
          line.name(),
          line.unitPrice().amount(),
          line.quantity().value(),
          line.lineTotal().amount());
    }
  }

  /** The shipping address; {@code line2} and {@code phone} are empty strings when not given. */
  public record ShippingAddressResponse(
      String fullName, String line1, String line2, String city, String postalCode, String country, String phone) {
    static ShippingAddressResponse from(ShippingAddress address) {
      return new ShippingAddressResponse(
          address.fullName(),
          address.line1(),
          address.line2(),
          address.city(),
          address.postalCode(),
          address.country(),
          address.phone());
    }
  }
}
