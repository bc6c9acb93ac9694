package io.cloudstore.application.port.out.persistence;

import java.util.Objects;

/**
 * The four repositories of one store, as a storage adapter hands them to the contract tests. They must
 * share their data: an order placed through {@code orders} takes stock from {@code products} and deletes
 * the cart in {@code carts}.
 */
public record StorageUnderTest(
    UserRepository users, ProductRepository products, CartRepository carts, OrderRepository orders) {
  public StorageUnderTest {
    Objects.requireNonNull(users, "users");
    Objects.requireNonNull(products, "products");
    Objects.requireNonNull(carts, "carts");
    Objects.requireNonNull(orders, "orders");
  }
}
