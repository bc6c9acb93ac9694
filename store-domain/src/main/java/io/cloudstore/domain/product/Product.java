package io.cloudstore.domain.product;

import io.cloudstore.domain.money.Money;
import java.time.Instant;
import java.util.Objects;

/** Something the shop sells, with its current price and the units on hand. Immutable. */
public final class Product {
  private final ProductId id;
  private final ProductDetails details;
  private final Instant createdAt;
  private final Instant updatedAt;
  private final long version;

  private Product(ProductId id, ProductDetails details, Instant createdAt, Instant updatedAt, long version) {
    this.id = Objects.requireNonNull(id, "id");
    this.details = Objects.requireNonNull(details, "details");
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
    this.version = version;
  }

  public static Product create(ProductId id, ProductDetails details, Instant now) {
    return new Product(id, details, now, now, 0);
  }

  /** Rebuilds a stored product. For adapters only. */
  public static Product restore(
      ProductId id, ProductDetails details, Instant createdAt, Instant updatedAt, long version) {
    return new Product(id, details, createdAt, updatedAt, version);
  }

  /** Replaces every editable field, as an admin's full update does. */
  public Product update(ProductDetails newDetails, Instant now) {
    return new Product(id, newDetails, createdAt, now, version);
  }

  /** The same product with a different stock; used by storage adapters when they take or return units. */
  public Product withStock(int newStock, Instant now) {
    return new Product(
        id,
        new ProductDetails(details.name(), details.description(), details.category(), details.price(),
            details.imageUrl(), newStock),
        createdAt,
        now,
        version);
  }

  /** The same product at another stored version. For adapters only. */
  public Product atVersion(long newVersion) {
    return new Product(id, details, createdAt, updatedAt, newVersion);
  }

  public boolean canSupply(Quantity quantity) {
    return details.stock() >= quantity.value();
  }

  public ProductId id() {
    return id;
  }

  public ProductDetails details() {
    return details;
  }

  public String name() {
    return details.name();
  }

  public String description() {
    return details.description();
  }

  public Category category() {
    return details.category();
  }

  public Money price() {
    return details.price();
  }

  public ImageUrl imageUrl() {
    return details.imageUrl();
  }

  public int stock() {
    return details.stock();
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public long version() {
    return version;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Product other && id.equals(other.id);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  @Override
  public String toString() {
    return "Product[" + id + ", " + details.name() + ", stock " + details.stock() + "]";
  }
}
