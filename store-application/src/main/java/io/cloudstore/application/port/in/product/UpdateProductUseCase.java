package io.cloudstore.application.port.in.product;

import io.cloudstore.domain.ValidationException;
import io.cloudstore.domain.product.Product;
import io.cloudstore.domain.product.ProductDetails;
import io.cloudstore.domain.product.ProductId;

/** Replaces every editable field of a product, stock included (admins). */
public interface UpdateProductUseCase {
  /**
   * @throws ProductNotFoundException if there is no such product
   * @throws ValidationException if the price is not in the store's currency
   */
  Product update(ProductId id, ProductDetails details);
}
