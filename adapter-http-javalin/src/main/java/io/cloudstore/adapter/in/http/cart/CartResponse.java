package io.cloudstore.adapter.in.http.cart;

import io.cloudstore.adapter.in.http.support.Timestamps;
import io.cloudstore.domain.cart.PricedCart;
import io.cloudstore.domain.cart.PricedCartLine;
import java.util.List;

/**
 * A cart priced with current prices; amounts in minor units of {@code currency}. {@code tax} and
 * {@code total} are what an order of exactly these lines would cost now, so a client can show the total
 * and send it back as {@code expectedTotal}.
 */
public record CartResponse(
    List<CartLineResponse> items, long subtotal, long tax, long total, String currency, String updatedAt) {
  public static CartResponse from(PricedCart cart) {
    return new CartResponse(
        cart.lines().stream().map(CartLineResponse::from).toList(),
        cart.subtotal().amount(),
        cart.tax().amount(),
        cart.total().amount(),
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
