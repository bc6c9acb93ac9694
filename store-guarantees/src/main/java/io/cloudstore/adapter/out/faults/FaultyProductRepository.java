package io.cloudstore.adapter.out.faults;

import io.cloudstore.application.port.out.persistence.ProductRepository;
import io.cloudstore.application.port.out.persistence.ProductSearch;
import io.cloudstore.domain.page.Page;
import io.cloudstore.domain.page.PageRequest;
import io.cloudstore.domain.product.CategoryCount;
import io.cloudstore.domain.product.Product;
import io.cloudstore.domain.product.ProductId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

final class FaultyProductRepository implements ProductRepository {
  private final ProductRepository real;
  private final FaultInjector faults;

  FaultyProductRepository(ProductRepository real, FaultInjector faults) {
    this.real = real;
    this.faults = faults;
  }

  @Override
  public void create(Product product) {
    faults.write("products.create", () -> real.create(product));
  }

  @Override
  public void update(Product product) {
    faults.write("products.update", () -> real.update(product));
  }

  @Override
  public boolean delete(ProductId id) {
    return faults.write("products.delete", () -> real.delete(id));
  }

  @Override
  public Optional<Product> findById(ProductId id) {
    return faults.read("products.findById", () -> real.findById(id));
  }

  @Override
  public Map<ProductId, Product> findAllById(Collection<ProductId> ids) {
    return faults.read("products.findAllById", () -> real.findAllById(ids));
  }

  @Override
  public Page<Product> search(ProductSearch search, PageRequest page) {
    return faults.read("products.search", () -> real.search(search, page));
  }

  @Override
  public List<CategoryCount> countByCategory() {
    return faults.read("products.countByCategory", real::countByCategory);
  }

  @Override
  public boolean isEmpty() {
    return faults.read("products.isEmpty", real::isEmpty);
  }
}
