package io.cloudstore.adapter.out.persistence.inmemory;

import io.cloudstore.application.port.out.persistence.CartRepository;
import io.cloudstore.domain.cart.Cart;
import io.cloudstore.domain.user.UserId;
import java.util.Map;
import java.util.Optional;

/** One cart per user, in memory; checkout deletes it through the same table. */
final class InMemoryCartRepository implements CartRepository {
  private final Map<UserId, Cart> carts;

  /**
   * {@code carts}, a concurrent map, is shared with the order repository. A cart is one value replaced
   * whole, so a save racing a checkout's delete ends as one or the other, as on DynamoDB; no lock is needed.
   */
  InMemoryCartRepository(Map<UserId, Cart> carts) {
    this.carts = carts;
  }

  @Override
  public Optional<Cart> findByUser(UserId userId) {
    return Optional.ofNullable(carts.get(userId));
  }

  @Override
  public void save(Cart cart) {
    carts.put(cart.userId(), cart);
  }

  @Override
  public void deleteByUser(UserId userId) {
    carts.remove(userId);
  }
}
