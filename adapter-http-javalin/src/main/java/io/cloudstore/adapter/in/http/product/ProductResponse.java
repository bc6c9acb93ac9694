package io.cloudstore.adapter.in.http.product;

import io.cloudstore.adapter.in.http.support.Timestamps;
import io.cloudstore.domain.product.Product;

/** A product; {@code price} in minor units of {@code currency}, {@code imageUrl} empty when there is none. */
public record ProductResponse(
    String id,
    String name,
    String description,
    String category,
    long price,
    String currency,
    String imageUrl,
    int stock,
    String createdAt,
    String updatedAt) {
  public static ProductResponse from(Product product) {
    return new ProductResponse(
        product.id().value(),
        product.name(),
        product.description(),
        product.category().value(),
        product.price().amount(),
        product.price().currency().getCurrencyCode(),
        product.imageUrl().value(),
        product.stock(),
        Timestamps.format(product.createdAt()),
        Timestamps.format(product.updatedAt()));
  }
}
