package io.cloudstore.application.port.in.product;

import io.cloudstore.domain.ValidationException;
import io.cloudstore.domain.product.Product;
import io.cloudstore.domain.product.ProductDetails;

/** Adds a product to the catalog (admins). */
public interface CreateProductUseCase {
  /**
   * @throws ValidationException if the price is not in the store's currency
   */
  Product create(ProductDetails details);
}
