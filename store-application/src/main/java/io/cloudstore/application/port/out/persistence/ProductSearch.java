package io.cloudstore.application.port.out.persistence;

import io.cloudstore.domain.product.Category;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Which products to list: in {@code category} (exact) if given, and whose name or description contains
 * {@code text} ignoring case, if given.
 */
public record ProductSearch(Optional<Category> category, Optional<String> text) {
  public ProductSearch {
    Objects.requireNonNull(category, "category");
    text = text.map(String::strip).filter(t -> !t.isEmpty());
  }

  public static ProductSearch all() {
    return new ProductSearch(Optional.empty(), Optional.empty());
  }

  /** The search text folded the way both adapters fold product text before matching. */
  public Optional<String> foldedText() {
    return text.map(ProductSearch::fold);
  }

  /** Case folding used for matching: lower case in the root locale. */
  public static String fold(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
