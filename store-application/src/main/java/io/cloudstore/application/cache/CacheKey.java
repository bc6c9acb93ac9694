package io.cloudstore.application.cache;

import io.cloudstore.application.port.in.product.CatalogQuery;
import io.cloudstore.application.port.out.persistence.ProductSearch;
import io.cloudstore.domain.page.Page;
import io.cloudstore.domain.page.PageRequest;
import io.cloudstore.domain.product.Category;
import io.cloudstore.domain.product.CategoryCount;
import io.cloudstore.domain.product.Product;
import io.cloudstore.domain.product.ProductId;
import java.util.List;
import java.util.Optional;

/** What a cached answer answers; the key's type says the answer's type and how much of the bound it takes. */
sealed interface CacheKey<V> {
  /** How many products {@code value} counts as against {@link CatalogCacheSettings#maxProducts()}. */
  int weigh(V value);

  /**
   * One catalog page: category, search text, limit and cursor all tell pages apart. The text is kept
   * case-folded as storage matches it, so "Lamp" and "lamp" share an answer.
   */
  record CatalogPage(Optional<Category> category, Optional<String> foldedText, PageRequest page)
      implements CacheKey<Page<Product>> {
    static CatalogPage of(CatalogQuery query) {
      return new CatalogPage(query.category(), query.text().map(ProductSearch::fold), query.page());
    }

    @Override
    public int weigh(Page<Product> page) {
      return Math.max(1, page.items().size());
    }
  }

  record ProductById(ProductId id) implements CacheKey<Product> {
    @Override
    public int weigh(Product product) {
      return 1;
    }
  }

  enum Categories implements CacheKey<List<CategoryCount>> {
    ALL;

    @Override
    public int weigh(List<CategoryCount> counts) {
      return 1;
    }
  }
}
