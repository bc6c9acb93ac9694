package io.cloudstore.bootstrap;

import io.cloudstore.adapter.out.metrics.StorageMetrics;
import io.cloudstore.application.CloudStore;
import io.cloudstore.application.port.out.persistence.CartRepository;
import io.cloudstore.application.port.out.persistence.OrderRepository;
import io.cloudstore.application.port.out.persistence.ProductRepository;
import io.cloudstore.application.port.out.persistence.StorageHealth;
import io.cloudstore.application.port.out.persistence.UserRepository;

/** The storage ports of whichever adapter is configured. */
record StoragePorts(
    UserRepository users,
    ProductRepository products,
    CartRepository carts,
    OrderRepository orders,
    StorageHealth health) {

  /** The same ports, each call timed and each failure counted the same way for every adapter. */
  StoragePorts meteredBy(StorageMetrics metrics) {
    return new StoragePorts(metrics.users(users), metrics.products(products), metrics.carts(carts),
        metrics.orders(orders), metrics.health(health));
  }

  /** A builder with the storage ports set; the caller adds the rest. */
  CloudStore.Builder builder() {
    return CloudStore.builder().users(users).products(products).carts(carts).orders(orders)
        .storageHealth(health);
  }
}
