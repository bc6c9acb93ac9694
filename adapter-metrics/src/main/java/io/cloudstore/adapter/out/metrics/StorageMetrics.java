package io.cloudstore.adapter.out.metrics;

import io.cloudstore.application.port.out.persistence.CartRepository;
import io.cloudstore.application.port.out.persistence.OrderRepository;
import io.cloudstore.application.port.out.persistence.ProductRepository;
import io.cloudstore.application.port.out.persistence.StorageHealth;
import io.cloudstore.application.port.out.persistence.UserRepository;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Objects;

/**
 * Wraps the storage ports of any adapter so that each call is timed ({@value MeterNames#STORAGE_OPERATIONS})
 * and each failure counted ({@value MeterNames#STORAGE_ERRORS}) the same way, whichever adapter is active.
 *
 * <pre>{@code
 * StorageMetrics metered = new StorageMetrics(registry, "dynamodb");
 * builder.users(metered.users(dynamo.users())).orders(metered.orders(dynamo.orders())) ...
 * }</pre>
 */
public final class StorageMetrics {
  private final MeterRegistry registry;
  private final String storage;

  /** @param storage the {@code storage} tag of every meter, such as {@code memory} or {@code dynamodb} */
  public StorageMetrics(MeterRegistry registry, String storage) {
    this.registry = Objects.requireNonNull(registry, "registry");
    this.storage = Objects.requireNonNull(storage, "storage");
  }

  public UserRepository users(UserRepository users) {
    return new MeteredUserRepository(users, meter("users"));
  }

  public ProductRepository products(ProductRepository products) {
    return new MeteredProductRepository(products, meter("products"));
  }

  public CartRepository carts(CartRepository carts) {
    return new MeteredCartRepository(carts, meter("carts"));
  }

  public OrderRepository orders(OrderRepository orders) {
    return new MeteredOrderRepository(orders, meter("orders"));
  }

  /** The health check is timed too; a {@code false} answer is a success of the call, not an error. */
  public StorageHealth health(StorageHealth health) {
    OperationMeter meter = meter("health");
    return () -> meter.call("isReachable", health::isReachable);
  }

  private OperationMeter meter(String repository) {
    return new OperationMeter(registry, storage, repository);
  }
}
