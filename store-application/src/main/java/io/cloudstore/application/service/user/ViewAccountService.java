package io.cloudstore.application.service.user;

import io.cloudstore.application.port.in.user.InvalidTokenException;
import io.cloudstore.application.port.in.user.ViewAccountUseCase;
import io.cloudstore.application.port.out.persistence.UserRepository;
import io.cloudstore.domain.user.User;
import io.cloudstore.domain.user.UserId;

public final class ViewAccountService implements ViewAccountUseCase {
  private final UserRepository users;

  public ViewAccountService(UserRepository users) {
    this.users = users;
  }

  @Override
  public User viewAccount(UserId userId) {
    return users.findById(userId).orElseThrow(InvalidTokenException::new);
  }
}
