package io.cloudstore.application.service.cart;

import io.cloudstore.application.port.in.cart.ViewCartUseCase;
import io.cloudstore.application.port.out.persistence.CartRepository;
import io.cloudstore.application.port.out.persistence.ProductRepository;
import io.cloudstore.application.service.StoreSettings;
import io.cloudstore.domain.cart.Cart;
import io.cloudstore.domain.cart.CartLine;
import io.cloudstore.domain.cart.PricedCart;
import io.cloudstore.domain.user.UserId;
import java.time.Clock;

public final class ViewCartService implements ViewCartUseCase {
  private final CartRepository carts;
  private final ProductRepository products;
  private final Clock clock;
  private final StoreSettings settings;

  public ViewCartService(CartRepository carts, ProductRepository products, Clock clock, StoreSettings settings) {
    this.carts = carts;
    this.products = products;
    this.clock = clock;
    this.settings = settings;
  }

  @Override
  public PricedCart view(UserId userId) {
    Cart cart = carts.findByUser(userId).orElseGet(() -> Cart.empty(userId, clock.instant()));
    var current = products.findAllById(cart.lines().stream().map(CartLine::productId).toList());
    return PricedCart.price(cart, current, settings.currency(), settings.taxRate());
  }
}
