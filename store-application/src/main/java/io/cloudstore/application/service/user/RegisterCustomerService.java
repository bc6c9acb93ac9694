package io.cloudstore.application.service.user;

import io.cloudstore.application.port.in.user.AuthenticatedSession;
import io.cloudstore.application.port.in.user.RegisterCustomerCommand;
import io.cloudstore.application.port.in.user.RegisterCustomerUseCase;
import io.cloudstore.application.port.out.IdGenerator;
import io.cloudstore.application.port.out.persistence.UserRepository;
import io.cloudstore.application.port.out.security.PasswordHasher;
import io.cloudstore.application.port.out.security.TokenIssuer;
import io.cloudstore.domain.user.User;
import io.cloudstore.domain.user.UserId;
import java.time.Clock;

public final class RegisterCustomerService implements RegisterCustomerUseCase {
  private final UserRepository users;
  private final PasswordHasher hasher;
  private final TokenIssuer tokens;
  private final IdGenerator ids;
  private final Clock clock;

  public RegisterCustomerService(
      UserRepository users, PasswordHasher hasher, TokenIssuer tokens, IdGenerator ids, Clock clock) {
    this.users = users;
    this.hasher = hasher;
    this.tokens = tokens;
    this.ids = ids;
    this.clock = clock;
  }

  @Override
  public AuthenticatedSession register(RegisterCustomerCommand command) {
    User user =
        User.register(
            new UserId(ids.newId()), command.email(), command.name(), hasher.hash(command.password()),
            clock.instant());
    users.create(user);
    return new AuthenticatedSession(tokens.issue(user.principal()), user);
  }
}
