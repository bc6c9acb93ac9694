package io.cloudstore.adapter.out.persistence.inmemory;

import io.cloudstore.application.port.out.persistence.ConcurrentUpdateException;
import io.cloudstore.application.port.out.persistence.PageCursorCodec;
import io.cloudstore.application.port.out.persistence.ProductRepository;
import io.cloudstore.application.port.out.persistence.ProductSearch;
import io.cloudstore.domain.page.Page;
import io.cloudstore.domain.page.PageRequest;
import io.cloudstore.domain.product.CategoryCount;
import io.cloudstore.domain.product.Product;
import io.cloudstore.domain.product.ProductId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The catalog in memory, listed by name (ignoring case) and then id. */
final class InMemoryProductRepository implements ProductRepository {
  private final StoreLock lock;
  private final AggregateLocks productLocks;
  private final ProductTable table;
  private final PageCursorCodec cursors;

  /**
   * @param productLocks shared with the order repository: an edit or a delete takes its product's lock, so
   *     it never interleaves with a checkout that takes units of the same product
   */
  InMemoryProductRepository(
      StoreLock lock, AggregateLocks productLocks, ProductTable table, PageCursorCodec cursors) {
    this.lock = lock;
    this.productLocks = productLocks;
    this.table = table;
    this.cursors = cursors;
  }

  @Override
  public void create(Product product) {
    lock.write(() -> table.put(product));
  }

  @Override
  public void update(Product product) {
    productLocks.holding(List.of(product.id()), () -> lock.write(() -> {
      Product stored =
          table.get(product.id())
              .orElseThrow(() -> new ConcurrentUpdateException("product " + product.id() + " no longer exists"));
      if (stored.version() != product.version()) {
        throw new ConcurrentUpdateException("product " + product.id() + " changed since it was read");
      }
      table.put(product.atVersion(stored.version() + 1));
    }));
  }

  @Override
  public boolean delete(ProductId id) {
    return productLocks.holding(List.of(id), () -> lock.write(() -> table.remove(id)));
  }

  @Override
  public Optional<Product> findById(ProductId id) {
    return table.get(id);
  }

  @Override
  public Map<ProductId, Product> findAllById(Collection<ProductId> ids) {
    Map<ProductId, Product> found = new HashMap<>();
    for (ProductId id : ids) {
      table.get(id).ifPresent(product -> found.put(id, product));
    }
    return Map.copyOf(found);
  }

  @Override
  public Page<Product> search(ProductSearch search, PageRequest page) {
    Optional<CatalogKey> after = page.cursor().map(cursor -> CatalogKey.fromPosition(cursors.decode(cursor)));
    Optional<String> text = search.foldedText();
    return lock.read(() ->
        KeysetPages.after(
            table.index(search.category()),
            after,
            page.limit(),
            key -> matches(key, text) ? table.get(key.id()) : Optional.empty(),
            key -> cursors.encode(key.position())));
  }

  @Override
  public List<CategoryCount> countByCategory() {
    return lock.read(table::countByCategory);
  }

  @Override
  public boolean isEmpty() {
    return lock.read(table::isEmpty);
  }

  private boolean matches(CatalogKey key, Optional<String> foldedText) {
    return foldedText.isEmpty() || table.textContains(key.id(), foldedText.get());
  }
}
