package io.cloudstore.adapter.out.metrics;

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

/** A {@link ProductRepository} whose calls are timed and counted; behaviour is the delegate's. */
final class MeteredProductRepository implements ProductRepository {
  private final ProductRepository delegate;
  private final OperationMeter meter;

  MeteredProductRepository(ProductRepository delegate, OperationMeter meter) {
    this.delegate = delegate;
    this.meter = meter;
  }

  @Override
  public void create(Product product) {
    meter.run("create", () -> delegate.create(product));
  }

  @Override
  public void update(Product product) {
    meter.run("update", () -> delegate.update(product));
  }

  @Override
  public boolean delete(ProductId id) {
    return meter.call("delete", () -> delegate.delete(id));
  }

  @Override
  public Optional<Product> findById(ProductId id) {
    return meter.call("findById", () -> delegate.findById(id));
  }

  @Override
  public Map<ProductId, Product> findAllById(Collection<ProductId> ids) {
    return meter.call("findAllById", () -> delegate.findAllById(ids));
  }

  @Override
  public Page<Product> search(ProductSearch search, PageRequest page) {
    return meter.call("search", () -> delegate.search(search, page));
  }

  @Override
  public List<CategoryCount> countByCategory() {
    return meter.call("countByCategory", delegate::countByCategory);
  }

  @Override
  public boolean isEmpty() {
    return meter.call("isEmpty", delegate::isEmpty);
  }
}
