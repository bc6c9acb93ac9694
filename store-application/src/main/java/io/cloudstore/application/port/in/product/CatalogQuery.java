package io.cloudstore.application.port.in.product;

import io.cloudstore.domain.ValidationException;
import io.cloudstore.domain.page.PageRequest;
import io.cloudstore.domain.product.Category;
import java.util.Objects;
import java.util.Optional;

/** A catalog page: optionally one category (exact) and a search text (case-insensitive, at most 100 characters). */
public record CatalogQuery(Optional<Category> category, Optional<String> text, PageRequest page) {
  public static final int MAX_TEXT_LENGTH = 100;

  public CatalogQuery {
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(page, "page");
    text = text.map(String::strip).filter(t -> !t.isEmpty());
    if (text.isPresent() && text.get().codePointCount(0, text.get().length()) > MAX_TEXT_LENGTH) {
      throw ValidationException.of("q", "must be at most " + MAX_TEXT_LENGTH + " characters");
    }
  }

  public static CatalogQuery firstPage(int limit) {
    return new CatalogQuery(Optional.empty(), Optional.empty(), PageRequest.first(limit));
  }
}
