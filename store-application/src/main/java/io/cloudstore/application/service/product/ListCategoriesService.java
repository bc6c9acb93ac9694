package io.cloudstore.application.service.product;

import io.cloudstore.application.port.in.product.ListCategoriesUseCase;
import io.cloudstore.application.port.out.persistence.ProductRepository;
import io.cloudstore.domain.product.CategoryCount;
import java.util.List;

public final class ListCategoriesService implements ListCategoriesUseCase {
  private final ProductRepository products;

  public ListCategoriesService(ProductRepository products) {
    this.products = products;
  }

  @Override
  public List<CategoryCount> listCategories() {
    return products.countByCategory();
  }
}
