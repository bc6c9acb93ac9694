package io.cloudstore.adapter.out.faults;

import io.cloudstore.application.port.out.persistence.CartRepository;
import io.cloudstore.application.port.out.persistence.OrderRepository;
import io.cloudstore.application.port.out.persistence.ProductRepository;
import io.cloudstore.application.port.out.persistence.StorageHealth;
import io.cloudstore.application.port.out.persistence.StorageUnavailableException;
import io.cloudstore.application.port.out.persistence.UserRepository;

/**
 * Wraps every storage port of a store so that its calls fail, time out or slow down as a
 * {@link FaultInjector} decides. The decorated ports keep the real ones' promises except that any call may
 * throw {@link StorageUnavailableException} — sometimes after the real write succeeded.
 *
 * <pre>{@code
 * var faults = new FaultInjector(FaultPlan.everyKind(0.05, seed));
 * var faulty = new FaultyStorage(memory.users(), memory.products(), memory.carts(), memory.orders(),
 *     memory.health(), faults);
 * CloudStore.builder().users(faulty.users()).products(faulty.products()) ...
 * }</pre>
 */
public final class FaultyStorage {
  private final UserRepository users;
  private final ProductRepository products;
  private final CartRepository carts;
  private final OrderRepository orders;
  private final StorageHealth health;

  public FaultyStorage(
      UserRepository users,
      ProductRepository products,
      CartRepository carts,
      OrderRepository orders,
      StorageHealth health,
      FaultInjector faults) {
    this.users = new FaultyUserRepository(users, faults);
    this.products = new FaultyProductRepository(products, faults);
    this.carts = new FaultyCartRepository(carts, faults);
    this.orders = new FaultyOrderRepository(orders, faults);
    this.health = () -> {
      try {
        return faults.read("health", health::isReachable);
      } catch (StorageUnavailableException e) {
        return false;
      }
    };
  }

  public UserRepository users() {
    return users;
  }

  public ProductRepository products() {
    return products;
  }

  public CartRepository carts() {
    return carts;
  }

  public OrderRepository orders() {
    return orders;
  }

  public StorageHealth health() {
    return health;
  }
}
