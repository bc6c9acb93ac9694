package io.cloudstore.application.service.cart;

import io.cloudstore.application.port.in.cart.ReplaceCartCommand;
import io.cloudstore.application.port.in.cart.ReplaceCartUseCase;
import io.cloudstore.application.port.out.persistence.CartRepository;
import io.cloudstore.application.port.out.persistence.ProductRepository;
import io.cloudstore.application.service.StoreSettings;
import io.cloudstore.domain.Validation;
import io.cloudstore.domain.cart.Cart;
import io.cloudstore.domain.cart.CartLine;
import io.cloudstore.domain.cart.PricedCart;
import io.cloudstore.domain.product.Product;
import io.cloudstore.domain.product.ProductId;
import java.time.Clock;
import java.util.List;
import java.util.Map;

public final class ReplaceCartService implements ReplaceCartUseCase {
  private final CartRepository carts;
  private final ProductRepository products;
  private final Clock clock;
  private final StoreSettings settings;

  public ReplaceCartService(
      CartRepository carts, ProductRepository products, Clock clock, StoreSettings settings) {
    this.carts = carts;
    this.products = products;
    this.clock = clock;
    this.settings = settings;
  }

  @Override
  public PricedCart replace(ReplaceCartCommand command) {
    Cart cart = Cart.of(command.userId(), command.lines(), clock.instant());
    Map<ProductId, Product> current = existingProducts(cart.lines());
    carts.save(cart);
    return PricedCart.price(cart, current, settings.currency(), settings.taxRate());
  }

  /** Loads the lines' products, refusing lines whose product does not exist. */
  private Map<ProductId, Product> existingProducts(List<CartLine> lines) {
    Map<ProductId, Product> found = products.findAllById(lines.stream().map(CartLine::productId).toList());
    var v = new Validation();
    for (int i = 0; i < lines.size(); i++) {
      v.check(found.containsKey(lines.get(i).productId()), "items[" + i + "].productId", "no such product");
    }
    v.throwIfInvalid();
    return found;
  }
}
