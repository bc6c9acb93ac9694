package io.cloudstore.application.port.in.cart;

import io.cloudstore.domain.user.UserId;

/** Empties a user's cart. */
public interface ClearCartUseCase {
  void clear(UserId userId);
}
