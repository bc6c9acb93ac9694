package io.cloudstore.application.service.product;

import io.cloudstore.application.port.in.product.BrowseCatalogUseCase;
import io.cloudstore.application.port.in.product.CatalogQuery;
import io.cloudstore.application.port.out.persistence.ProductRepository;
import io.cloudstore.application.port.out.persistence.ProductSearch;
import io.cloudstore.domain.page.Page;
import io.cloudstore.domain.product.Product;

public final class BrowseCatalogService implements BrowseCatalogUseCase {
  private final ProductRepository products;

  public BrowseCatalogService(ProductRepository products) {
    this.products = products;
  }

  @Override
  public Page<Product> browse(CatalogQuery query) {
    return products.search(new ProductSearch(query.category(), query.text()), query.page());
  }
}
