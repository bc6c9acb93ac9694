package io.cloudstore.application.port.in.cart;

import io.cloudstore.domain.cart.PricedCart;
import io.cloudstore.domain.user.UserId;

/** Shows a user's cart priced with current prices (an empty cart if they have none). */
public interface ViewCartUseCase {
  PricedCart view(UserId userId);
}
