package io.cloudstore.application.cache;

import io.cloudstore.application.port.in.product.BrowseCatalogUseCase;
import io.cloudstore.application.port.in.product.CreateProductUseCase;
import io.cloudstore.application.port.in.product.DeleteProductUseCase;
import io.cloudstore.application.port.in.product.ListCategoriesUseCase;
import io.cloudstore.application.port.in.product.UpdateProductUseCase;
import io.cloudstore.application.port.in.product.ViewProductUseCase;
import java.time.Clock;
import java.util.List;

/**
 * A read cache in front of the catalog use cases that shoppers call most: catalog pages
 * ({@link BrowseCatalogUseCase}, one entry per whole {@code CatalogQuery}: category, search text (ignoring
 * case, as storage matches it), limit and cursor), product views ({@link ViewProductUseCase}) and the
 * category list ({@link ListCategoriesUseCase}). Shoppers asking the same question share one answer, and
 * one storage read, for as long as it is cached.
 *
 * <p><b>What may be stale, and by how much.</b> A page, a product view or the category list is served for
 * up to {@link CatalogCacheSettings#ttl()} after the storage read that produced it began, so the stock,
 * prices and products shown may be up to {@code ttl} old: changes made by another instance, by an operator
 * command or by checkouts and cancellations (on any instance) appear within {@code ttl}. This instance's
 * own product writes through {@link #createProduct}, {@link #updateProduct} and {@link #deleteProduct}
 * empty the whole cache when they finish (or fail: a failed write may still have been applied), so an admin
 * sees their change at once on the instance that made it.
 *
 * <p><b>What is never stale.</b> Only the three reads above go through the cache. Checkout, cart pricing and
 * availability, and every other use case read the {@code ProductRepository} directly, and the storage's
 * atomic stock take at checkout decides what can be sold: a cached page that still shows units in stock
 * cannot sell them.
 *
 * <p><b>Not cached:</b> failures of any kind, "not found" included ({@link ViewProductUseCase} throws for
 * it); an invalid cursor fails every time. Answers are shared between requests; they are immutable.
 *
 * <p><b>Bounded.</b> Cursors and search texts come from clients, so the number of distinct questions is
 * unbounded; what is held is bounded by {@link CatalogCacheSettings#maxProducts()}. When an answer would
 * exceed it, expired answers are dropped, then the oldest ones (the next to expire anyway).
 *
 * <p>With the cache off ({@code ttl} zero) every method returns the use case it was given, unchanged.
 */
public final class CatalogCache {
  private final boolean enabled;
  private final ReadThroughCache answers;

  public CatalogCache(CatalogCacheSettings settings, Clock clock) {
    this.enabled = settings.enabled();
    this.answers = new ReadThroughCache(settings.ttl(), settings.maxProducts(), clock);
  }

  public BrowseCatalogUseCase browseCatalog(BrowseCatalogUseCase live) {
    if (!enabled) {
      return live;
    }
    return query -> answers.get(CacheKey.CatalogPage.of(query), () -> live.browse(query));
  }

  public ViewProductUseCase viewProduct(ViewProductUseCase live) {
    if (!enabled) {
      return live;
    }
    return id -> answers.get(new CacheKey.ProductById(id), () -> live.view(id));
  }

  public ListCategoriesUseCase listCategories(ListCategoriesUseCase live) {
    if (!enabled) {
      return live;
    }
    return () -> answers.get(CacheKey.Categories.ALL, () -> List.copyOf(live.listCategories()));
  }

  public CreateProductUseCase createProduct(CreateProductUseCase live) {
    if (!enabled) {
      return live;
    }
    return details -> {
      try {
        return live.create(details);
      } finally {
        invalidateAll();
      }
    };
  }

  public UpdateProductUseCase updateProduct(UpdateProductUseCase live) {
    if (!enabled) {
      return live;
    }
    return (id, details) -> {
      try {
        return live.update(id, details);
      } finally {
        invalidateAll();
      }
    };
  }

  public DeleteProductUseCase deleteProduct(DeleteProductUseCase live) {
    if (!enabled) {
      return live;
    }
    return id -> {
      try {
        live.delete(id);
      } finally {
        invalidateAll();
      }
    };
  }

  /** Forgets every cached answer; the next read of each goes to storage. */
  public void invalidateAll() {
    answers.invalidateAll();
  }

  public CatalogCacheStatistics statistics() {
    return answers.statistics();
  }
}
