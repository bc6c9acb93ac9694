package io.cloudstore.application.port.in.product;

import io.cloudstore.domain.NotFoundException;
import io.cloudstore.domain.product.ProductId;

/** No product has this id. */
public final class ProductNotFoundException extends NotFoundException {
  private static final long serialVersionUID = 1L;

  public ProductNotFoundException(ProductId id) {
    super("No product with id " + id + ".");
  }
}
