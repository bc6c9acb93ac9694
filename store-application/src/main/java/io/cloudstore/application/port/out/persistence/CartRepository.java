package io.cloudstore.application.port.out.persistence;

import io.cloudstore.domain.cart.Cart;
import io.cloudstore.domain.user.UserId;
import java.util.Optional;

/** Stores one cart per user. Every method may throw {@link StorageUnavailableException}. */
public interface CartRepository {
  Optional<Cart> findByUser(UserId userId);

  /** Stores the cart, replacing the user's previous one. */
  void save(Cart cart);

  /** Removes the user's cart; does nothing if there is none. */
  void deleteByUser(UserId userId);
}
