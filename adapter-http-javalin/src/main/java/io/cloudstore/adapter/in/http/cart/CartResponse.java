package io.cloudstore.adapter.in.http.cart;

import io.cloudstore.adapter.in.http.support.Timestamps;
import io.cloudstore.domain.cart.PricedCart;
import io.cloudstore.domain.cart.PricedCartLine;
import java.util.List;

/** A cart priced with current prices; amounts in minor units of {@code currency}. */
public record CartResponse(List<CartLineResponse> items, long subtotal, String currency, String updatedAt) {
  public static CartResponse from(PricedCart cart) {
    return new CartResponse(
        cart.lines().stream().map(CartLineResponse::from).toList(),
        cart.subtotal().amount(),
        cart.currency().getCurrencyCode(),
        Timestamps.format(cart.updatedAt()));
  }

  /** One line; {@code available} is false when the product is gone or short of units. */
  public record CartLineResponse(
      String productId, String name, long unitPrice, int quantity, long lineTotal, boolean available) {
    static CartLineResponse from(PricedCartLine line) {
      return new CartLineResponse(
          line.productId().value(),
          line.name(),
          line.unitPrice().amount(),
          line.quantity().value(),
          line.lineTotal().amount(),
          line.available());
    }
  }
}
