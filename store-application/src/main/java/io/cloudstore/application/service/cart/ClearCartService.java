package io.cloudstore.application.service.cart;

import io.cloudstore.application.port.in.cart.ClearCartUseCase;
import io.cloudstore.application.port.out.persistence.CartRepository;
import io.cloudstore.domain.user.UserId;

public final class ClearCartService implements ClearCartUseCase {
  private final CartRepository carts;

  public ClearCartService(CartRepository carts) {
    this.carts = carts;
  }

  @Override
  public void clear(UserId userId) {
    carts.deleteByUser(userId);
  }
}
