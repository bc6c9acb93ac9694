package io.cloudstore.application.service.product;

import io.cloudstore.application.port.in.product.DeleteProductUseCase;
import io.cloudstore.application.port.in.product.ProductNotFoundException;
import io.cloudstore.application.port.out.persistence.ProductRepository;
import io.cloudstore.domain.product.ProductId;

public final class DeleteProductService implements DeleteProductUseCase {
  private final ProductRepository products;

  public DeleteProductService(ProductRepository products) {
    this.products = products;
  }

  @Override
  public void delete(ProductId id) {
    if (!products.delete(id)) {
      throw new ProductNotFoundException(id);
    }
  }
}
