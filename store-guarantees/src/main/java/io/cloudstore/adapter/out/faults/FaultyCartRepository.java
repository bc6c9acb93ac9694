package io.cloudstore.adapter.out.faults;

import io.cloudstore.application.port.out.persistence.CartRepository;
import io.cloudstore.domain.cart.Cart;
import io.cloudstore.domain.user.UserId;
import java.util.Optional;

final class FaultyCartRepository implements CartRepository {
  private final CartRepository real;
  private final FaultInjector faults;

  FaultyCartRepository(CartRepository real, FaultInjector faults) {
    this.real = real;
    this.faults = faults;
  }

  @Override
  public Optional<Cart> findByUser(UserId userId) {
    return faults.read("carts.findByUser", () -> real.findByUser(userId));
  }

  @Override
  public void save(Cart cart) {
    faults.write("carts.save", () -> real.save(cart));
  }

  @Override
  public void deleteByUser(UserId userId) {
    faults.write("carts.deleteByUser", () -> real.deleteByUser(userId));
  }
}
