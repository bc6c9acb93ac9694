package io.cloudstore.adapter.out.persistence.inmemory;

import io.cloudstore.application.port.out.persistence.CartRepository;
import io.cloudstore.domain.cart.Cart;
import io.cloudstore.domain.user.UserId;
import java.util.Map;
import java.util.Optional;

/** One cart per user, in memory; checkout deletes it through the same table. */
final class InMemoryCartRepository implements CartRepository {
  private final StoreLock lock;
  private final Map<UserId, Cart> carts;

  /** {@code carts}, a concurrent map, is shared with the order repository; writes take {@code lock}. */
  InMemoryCartRepository(StoreLock lock, Map<UserId, Cart> carts) {
    this.lock = lock;
    this.carts = carts;
  }

  @Override
  public Optional<Cart> findByUser(UserId userId) {
    return Optional.ofNullable(carts.get(userId));
  }

  @Override
  public void save(Cart cart) {
    lock.write(() -> carts.put(cart.userId(), cart));
  }

  @Override
  public void deleteByUser(UserId userId) {
    lock.write(() -> carts.remove(userId));
  }
}
