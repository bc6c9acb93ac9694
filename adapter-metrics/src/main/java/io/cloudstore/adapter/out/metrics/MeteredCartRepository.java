package io.cloudstore.adapter.out.metrics;

import io.cloudstore.application.port.out.persistence.CartRepository;
import io.cloudstore.domain.cart.Cart;
import io.cloudstore.domain.user.UserId;
import java.util.Optional;

/** A {@link CartRepository} whose calls are timed and counted; behaviour is the delegate's. */
final class MeteredCartRepository implements CartRepository {
  private final CartRepository delegate;
  private final OperationMeter meter;

  MeteredCartRepository(CartRepository delegate, OperationMeter meter) {
    this.delegate = delegate;
    this.meter = meter;
  }

  @Override
  public Optional<Cart> findByUser(UserId userId) {
    return meter.call("findByUser", () -> delegate.findByUser(userId));
  }

  @Override
  public void save(Cart cart) {
    meter.run("save", () -> delegate.save(cart));
  }

  @Override
  public void deleteByUser(UserId userId) {
    meter.run("deleteByUser", () -> delegate.deleteByUser(userId));
  }
}
