package io.cloudstore.application.port.out.persistence;

import io.cloudstore.domain.product.ProductId;
import java.util.List;

/**
 * A product's price changed between pricing an order and storing it, so the order was not stored and no
 * stock was taken. Pricing again with fresh data resolves it.
 */
public final class PriceChangedException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient List<ProductId> products;

  public PriceChangedException(List<ProductId> products) {
    super("prices changed for " + products);
    this.products = List.copyOf(products);
  }

  public List<ProductId> products() {
    return products;
  }
}
