package io.cloudstore.application.port.out.persistence;

import io.cloudstore.domain.page.InvalidCursorException;
import io.cloudstore.domain.page.Page;
import io.cloudstore.domain.page.PageRequest;
import io.cloudstore.domain.product.CategoryCount;
import io.cloudstore.domain.product.Product;
import io.cloudstore.domain.product.ProductId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Stores the catalog. Stock is also changed by {@link OrderRepository}, atomically with orders. Every
 * method may throw {@link StorageUnavailableException}.
 */
public interface ProductRepository {
  /** Stores a new product (its id is new). */
  void create(Product product);

  /**
   * Replaces a stored product's fields if it is still at {@code product.version()}; the stored version is
   * then one higher.
   *
   * @throws ConcurrentUpdateException if the product changed since it was read, or no longer exists
   */
  void update(Product product);

  /** Deletes the product; returns false if there was none. Orders keep their own copy of it. */
  boolean delete(ProductId id);

  Optional<Product> findById(ProductId id);

  /** The products that exist among {@code ids}; missing ones are simply absent from the map. */
  Map<ProductId, Product> findAllById(Collection<ProductId> ids);

  /**
   * One page of the products matching {@code search}, in an order that this store keeps stable, so that
   * paging through visits every product that existed throughout exactly once, even while other products
   * are added or deleted and while prices and stock change. (A rename may move a product to another
   * position if the store orders by name.)
   *
   * @throws InvalidCursorException if the cursor was not made by this store or was changed
   */
  Page<Product> search(ProductSearch search, PageRequest page);

  /** Every category that has products, with how many, sorted by category name. */
  List<CategoryCount> countByCategory();

  /** Whether the catalog holds no product at all. */
  boolean isEmpty();
}
