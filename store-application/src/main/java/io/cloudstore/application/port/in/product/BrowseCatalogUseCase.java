package io.cloudstore.application.port.in.product;

import io.cloudstore.domain.page.InvalidCursorException;
import io.cloudstore.domain.page.Page;
import io.cloudstore.domain.product.Product;

/** Lists the catalog, filtered by category and search text, one page at a time. */
public interface BrowseCatalogUseCase {
  /**
   * @throws InvalidCursorException if the query's cursor is not one this store made
   */
  Page<Product> browse(CatalogQuery query);
}
