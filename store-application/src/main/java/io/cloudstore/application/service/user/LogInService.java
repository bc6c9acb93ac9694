package io.cloudstore.application.service.user;

import io.cloudstore.application.port.in.user.AuthenticatedSession;
import io.cloudstore.application.port.in.user.InvalidCredentialsException;
import io.cloudstore.application.port.in.user.LogInCommand;
import io.cloudstore.application.port.in.user.LogInUseCase;
import io.cloudstore.application.port.out.persistence.UserRepository;
import io.cloudstore.application.port.out.security.PasswordHasher;
import io.cloudstore.application.port.out.security.TokenIssuer;
import io.cloudstore.domain.user.PasswordHash;
import io.cloudstore.domain.user.PlainPassword;
import io.cloudstore.domain.user.User;
import java.util.Optional;

public final class LogInService implements LogInUseCase {
  private final UserRepository users;
  private final PasswordHasher hasher;
  private final TokenIssuer tokens;
  /**
   * Checked against when the email is unknown, so both failures cost one hash verification. Made on first
   * need rather than in the constructor: a hash costs as much as a log-in, and start-up should not pay it.
   */
  private volatile PasswordHash dummyHash;

  public LogInService(UserRepository users, PasswordHasher hasher, TokenIssuer tokens) {
    this.users = users;
    this.hasher = hasher;
    this.tokens = tokens;
  }

  @Override
  public AuthenticatedSession logIn(LogInCommand command) {
    Optional<User> user = users.findByEmail(command.email());
    PasswordHash hash = user.isPresent() ? user.get().passwordHash() : dummyHash();
    boolean matches = hasher.matches(command.password(), hash);
    if (user.isEmpty() || !matches) {
      throw new InvalidCredentialsException();
    }
    return new AuthenticatedSession(tokens.issue(user.get().principal()), user.get());
  }

  /** Racing first callers may each make one; any of them will do. */
  private PasswordHash dummyHash() {
    PasswordHash hash = dummyHash;
    if (hash == null) {
      hash = hasher.hash(new PlainPassword("timing-equaliser-not-a-real-password"));
      dummyHash = hash;
    }
    return hash;
  }
}
