package io.cloudstore.adapter.out.metrics;

import io.cloudstore.application.port.out.persistence.UserRepository;
import io.cloudstore.domain.user.Email;
import io.cloudstore.domain.user.User;
import io.cloudstore.domain.user.UserId;
import java.util.Optional;

/** A {@link UserRepository} whose calls are timed and counted; behaviour is the delegate's. */
final class MeteredUserRepository implements UserRepository {
  private final UserRepository delegate;
  private final OperationMeter meter;

  MeteredUserRepository(UserRepository delegate, OperationMeter meter) {
    this.delegate = delegate;
    this.meter = meter;
  }

  @Override
  public void create(User user) {
    meter.run("create", () -> delegate.create(user));
  }

  @Override
  public void update(User user) {
    meter.run("update", () -> delegate.update(user));
  }

  @Override
  public Optional<User> findById(UserId id) {
    return meter.call("findById", () -> delegate.findById(id));
  }

  @Override
  public Optional<User> findByEmail(Email email) {
    return meter.call("findByEmail", () -> delegate.findByEmail(email));
  }
}
