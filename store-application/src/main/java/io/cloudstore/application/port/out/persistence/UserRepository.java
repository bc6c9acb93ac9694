package io.cloudstore.application.port.out.persistence;

import io.cloudstore.domain.user.Email;
import io.cloudstore.domain.user.EmailAlreadyRegisteredException;
import io.cloudstore.domain.user.User;
import io.cloudstore.domain.user.UserId;
import java.util.Optional;

/** Stores users. Every method may throw {@link StorageUnavailableException}. */
public interface UserRepository {
  /**
   * Stores a new user. Email uniqueness is guaranteed here, also under concurrent calls.
   *
   * @throws EmailAlreadyRegisteredException if any user already has this email
   */
  void create(User user);

  /**
   * Replaces a stored user (role, password hash, name) if it is still at {@code user.version()}; the stored
   * version is then one higher. The email never changes.
   *
   * @throws ConcurrentUpdateException if the user changed since it was read, or no longer exists
   */
  void update(User user);

  Optional<User> findById(UserId id);

  Optional<User> findByEmail(Email email);
}
