package io.cloudstore.adapter.out.persistence.inmemory;

import io.cloudstore.application.port.out.persistence.ConcurrentUpdateException;
import io.cloudstore.application.port.out.persistence.UserRepository;
import io.cloudstore.domain.user.Email;
import io.cloudstore.domain.user.EmailAlreadyRegisteredException;
import io.cloudstore.domain.user.User;
import io.cloudstore.domain.user.UserId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Users in memory, with an email index that makes each address unique. */
final class InMemoryUserRepository implements UserRepository {
  private final StoreLock lock;
  private final Map<UserId, User> byId = new HashMap<>();
  private final Map<Email, UserId> idByEmail = new HashMap<>();

  InMemoryUserRepository(StoreLock lock) {
    this.lock = lock;
  }

  @Override
  public void create(User user) {
    lock.write(() -> {
      if (idByEmail.containsKey(user.email())) {
        throw new EmailAlreadyRegisteredException();
      }
      idByEmail.put(user.email(), user.id());
      byId.put(user.id(), user);
    });
  }

  @Override
  public void update(User user) {
    lock.write(() -> {
      User stored = byId.get(user.id());
      if (stored == null) {
        throw new ConcurrentUpdateException("user " + user.id() + " no longer exists");
      }
      if (stored.version() != user.version()) {
        throw new ConcurrentUpdateException("user " + user.id() + " changed since it was read");
      }
      byId.put(
          user.id(),
          User.restore(
              user.id(), stored.email(), user.name(), user.role(), user.passwordHash(), stored.createdAt(),
              stored.version() + 1));
    });
  }

  @Override
  public Optional<User> findById(UserId id) {
    return lock.read(() -> Optional.ofNullable(byId.get(id)));
  }

  @Override
  public Optional<User> findByEmail(Email email) {
    return lock.read(() -> Optional.ofNullable(idByEmail.get(email)).map(byId::get));
  }
}
