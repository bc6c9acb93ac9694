package io.cloudstore.domain.product;

import io.cloudstore.domain.Text;

/** A catalog category, matched exactly (case-sensitive) when filtering. */
public record Category(String value) {
  public static final int MAX_LENGTH = 50;

  public Category {
    value = Text.require("category", value, 1, MAX_LENGTH);
  }

  @Override
  public String toString() {
    return value;
  }
}
