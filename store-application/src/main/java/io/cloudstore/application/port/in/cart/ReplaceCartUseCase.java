package io.cloudstore.application.port.in.cart;

import io.cloudstore.domain.ValidationException;
import io.cloudstore.domain.cart.PricedCart;

/** Replaces a user's cart and shows it priced. */
public interface ReplaceCartUseCase {
  /**
   * @throws ValidationException if a product does not exist ({@code items[i].productId}), or the cart
   *     breaks the cart limits
   */
  PricedCart replace(ReplaceCartCommand command);
}
