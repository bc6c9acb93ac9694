package io.cloudstore.domain.product;

import java.util.Objects;

/** How many products a category holds. */
public record CategoryCount(Category category, long count) {
  public CategoryCount {
    Objects.requireNonNull(category, "category");
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative");
    }
  }
}
