package io.cloudstore.adapter.out.persistence.inmemory;

import io.cloudstore.application.port.out.persistence.CartRepository;
import io.cloudstore.application.port.out.persistence.OrderRepository;
import io.cloudstore.application.port.out.persistence.PageCursorCodec;
import io.cloudstore.application.port.out.persistence.ProductRepository;
import io.cloudstore.application.port.out.persistence.StorageHealth;
import io.cloudstore.application.port.out.persistence.UserRepository;
import io.cloudstore.domain.cart.Cart;
import io.cloudstore.domain.user.UserId;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A complete store kept in memory: every storage port, sharing one set of data, with the promises of a
 * real database (atomic checkout, unique emails, optimistic locking, stable paging). Data lives as long
 * as this object. For demos, tests and embedding.
 *
 * <pre>{@code
 * var memory = new InMemoryStorage(new PageCursorCodec(secretKey), Clock.systemUTC());
 * CloudStore store = CloudStore.builder()
 *     .users(memory.users()).products(memory.products()).carts(memory.carts()).orders(memory.orders())
 *     .storageHealth(memory.health())
 *     ...
 * }</pre>
 */
public final class InMemoryStorage {
  private final UserRepository users;
  private final ProductRepository products;
  private final CartRepository carts;
  private final OrderRepository orders;

  /**
   * @param cursors signs the paging cursors this store hands out
   * @param clock stamps {@code updatedAt} on products whose stock a checkout or cancellation changes
   */
  public InMemoryStorage(PageCursorCodec cursors, Clock clock) {
    Objects.requireNonNull(cursors, "cursors");
    Objects.requireNonNull(clock, "clock");
    StoreLock lock = new StoreLock();
    AggregateLocks aggregateLocks = new AggregateLocks();
    ProductTable productTable = new ProductTable();
    Map<UserId, Cart> cartTable = new ConcurrentHashMap<>();
    users = new InMemoryUserRepository(lock);
    products = new InMemoryProductRepository(lock, aggregateLocks, productTable, cursors);
    carts = new InMemoryCartRepository(cartTable);
    orders = new InMemoryOrderRepository(aggregateLocks, new OrderTable(), productTable, cartTable, cursors, clock);
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

  /** Memory is always reachable. */
  public StorageHealth health() {
    return () -> true;
  }
}
