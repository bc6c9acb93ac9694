package io.cloudstore.domain.cart;

import io.cloudstore.domain.product.ProductId;
import io.cloudstore.domain.product.Quantity;
import java.util.Objects;

/** A product and how many of it the shopper wants. */
public record CartLine(ProductId productId, Quantity quantity) implements ProductLine {
  public CartLine {
    Objects.requireNonNull(productId, "productId");
    Objects.requireNonNull(quantity, "quantity");
  }
}
