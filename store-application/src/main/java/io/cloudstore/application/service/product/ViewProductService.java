package io.cloudstore.application.service.product;

import io.cloudstore.application.port.in.product.ProductNotFoundException;
import io.cloudstore.application.port.in.product.ViewProductUseCase;
import io.cloudstore.application.port.out.persistence.ProductRepository;
import io.cloudstore.domain.product.Product;
import io.cloudstore.domain.product.ProductId;

public final class ViewProductService implements ViewProductUseCase {
  private final ProductRepository products;

  public ViewProductService(ProductRepository products) {
    this.products = products;
  }

  @Override
  public Product view(ProductId id) {
    return products.findById(id).orElseThrow(() -> new ProductNotFoundException(id));
  }
}
