package io.cloudstore.adapter.out.faults;

import io.cloudstore.application.port.out.persistence.UserRepository;
import io.cloudstore.domain.user.Email;
import io.cloudstore.domain.user.User;
import io.cloudstore.domain.user.UserId;
import java.util.Optional;

final class FaultyUserRepository implements UserRepository {
  private final UserRepository real;
  private final FaultInjector faults;

  FaultyUserRepository(UserRepository real, FaultInjector faults) {
    this.real = real;
    this.faults = faults;
  }

  @Override
  public void create(User user) {
    faults.write("users.create", () -> real.create(user));
  }

  @Override
  public void update(User user) {
    faults.write("users.update", () -> real.update(user));
  }

  @Override
  public Optional<User> findById(UserId id) {
    return faults.read("users.findById", () -> real.findById(id));
  }

  @Override
  public Optional<User> findByEmail(Email email) {
    return faults.read("users.findByEmail", () -> real.findByEmail(email));
  }
}
