package io.cloudstore.adapter.out.persistence.inmemory;

import io.cloudstore.application.port.out.persistence.ProductSearch;
import io.cloudstore.domain.product.Category;
import io.cloudstore.domain.product.CategoryCount;
import io.cloudstore.domain.product.Product;
import io.cloudstore.domain.product.ProductId;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The stored products with two sorted indexes: the whole catalog, and each category on its own, so that a
 * page is found without looking at the rest of the catalog; and each product's text folded for search once
 * when it is stored, not on every search that passes it. Writes and index reads need the {@link StoreLock};
 * {@link #get} and {@link #putStock} do not.
 */
final class ProductTable {
  private final Map<ProductId, Product> byId = new ConcurrentHashMap<>();
  private final Map<ProductId, FoldedText> foldedText = new HashMap<>();
  private final NavigableSet<CatalogKey> catalog = new TreeSet<>();
  private final SortedMap<Category, NavigableSet<CatalogKey>> byCategory =
      new TreeMap<>(Comparator.comparing(Category::value));

  Optional<Product> get(ProductId id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** Whether the product's name or description contains {@code foldedText} (see {@link ProductSearch#fold}). */
  boolean textContains(ProductId id, String foldedText) {
    FoldedText text = this.foldedText.get(id);
    return text != null && text.contains(foldedText);
  }

  /** Stores {@code product}, replacing the stored one with its id, and keeps the indexes in step. */
  void put(Product product) {
    Product previous = byId.put(product.id(), product);
    if (previous == null || !FoldedText.sameText(previous, product)) {
      foldedText.put(product.id(), FoldedText.of(product));
    }
    if (previous != null && sameIndexEntries(previous, product)) {
      return;
    }
    if (previous != null) {
      unindex(previous);
    }
    CatalogKey key = CatalogKey.of(product);
    catalog.add(key);
    byCategory.computeIfAbsent(product.category(), category -> new TreeSet<>()).add(key);
  }

  /**
   * Stores a new stock level of a stored product: the same product with only its stock, {@code updatedAt}
   * and version changed. That touches no index and no search text, so a checkout needs only the product's
   * aggregate lock for it, not the store's.
   */
  void putStock(Product product) {
    byId.put(product.id(), product);
  }

  boolean remove(ProductId id) {
    Product removed = byId.remove(id);
    if (removed == null) {
      return false;
    }
    foldedText.remove(id);
    unindex(removed);
    return true;
  }

  boolean isEmpty() {
    return byId.isEmpty();
  }

  /** The sorted keys of the whole catalog, or of one category. Read-only. */
  NavigableSet<CatalogKey> index(Optional<Category> category) {
    NavigableSet<CatalogKey> keys =
        category.map(c -> byCategory.getOrDefault(c, Collections.emptyNavigableSet())).orElse(catalog);
    return Collections.unmodifiableNavigableSet(keys);
  }

  List<CategoryCount> countByCategory() {
    return byCategory.entrySet().stream()
        .map(entry -> new CategoryCount(entry.getKey(), entry.getValue().size()))
        .toList();
  }

  private void unindex(Product product) {
    CatalogKey key = CatalogKey.of(product);
    catalog.remove(key);
    NavigableSet<CatalogKey> category = byCategory.get(product.category());
    category.remove(key);
    if (category.isEmpty()) {
      byCategory.remove(product.category());
    }
  }

  private record FoldedText(String name, String description) {
    static FoldedText of(Product product) {
      return new FoldedText(ProductSearch.fold(product.name()), ProductSearch.fold(product.description()));
    }

    static boolean sameText(Product a, Product b) {
      return a.name().equals(b.name()) && a.description().equals(b.description());
    }

    boolean contains(String foldedText) {
      return name.contains(foldedText) || description.contains(foldedText);
    }
  }

  private static boolean sameIndexEntries(Product a, Product b) {
    return CatalogKey.of(a).equals(CatalogKey.of(b)) && a.category().equals(b.category());
  }
}
