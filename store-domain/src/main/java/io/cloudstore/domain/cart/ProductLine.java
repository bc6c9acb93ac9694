package io.cloudstore.domain.cart;

import io.cloudstore.domain.product.ProductId;
import io.cloudstore.domain.product.Quantity;

/** A line naming one product and a quantity of it: a cart's line or an order's. */
public interface ProductLine {
  ProductId productId();

  Quantity quantity();
}
