package io.cloudstore.application.port.in.product;

import io.cloudstore.domain.product.Product;
import io.cloudstore.domain.product.ProductId;

/** Shows one product. */
public interface ViewProductUseCase {
  /**
   * @throws ProductNotFoundException if there is no such product
   */
  Product view(ProductId id);
}
