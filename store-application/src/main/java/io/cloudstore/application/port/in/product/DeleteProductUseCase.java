package io.cloudstore.application.port.in.product;

import io.cloudstore.domain.product.ProductId;

/** Removes a product from the catalog (admins); past orders keep their own copy of it. */
public interface DeleteProductUseCase {
  /**
   * @throws ProductNotFoundException if there is no such product
   */
  void delete(ProductId id);
}
