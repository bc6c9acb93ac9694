package io.cloudstore.domain.product;

import io.cloudstore.domain.Ids;

/** Identifies one product; an opaque string made by the server. */
public record ProductId(String value) {
  public ProductId {
    Ids.require("productId", value);
  }

  @Override
  public String toString() {
    return value;
  }
}
