package io.cloudstore.application.service.user;

import io.cloudstore.application.port.in.user.EnsureAdminCommand;
import io.cloudstore.application.port.in.user.EnsureAdminUseCase;
import io.cloudstore.application.port.out.IdGenerator;
import io.cloudstore.application.port.out.persistence.ConcurrentUpdateException;
import io.cloudstore.application.port.out.persistence.UserRepository;
import io.cloudstore.application.port.out.security.PasswordHasher;
import io.cloudstore.domain.user.EmailAlreadyRegisteredException;
import io.cloudstore.domain.user.PasswordHash;
import io.cloudstore.domain.user.User;
import io.cloudstore.domain.user.UserId;
import java.time.Clock;
import java.util.Optional;

public final class EnsureAdminService implements EnsureAdminUseCase {
  private final UserRepository users;
  private final PasswordHasher hasher;
  private final IdGenerator ids;
  private final Clock clock;

  public EnsureAdminService(UserRepository users, PasswordHasher hasher, IdGenerator ids, Clock clock) {
    this.users = users;
    this.hasher = hasher;
    this.ids = ids;
    this.clock = clock;
  }

  /** Another instance may register the same email between our read and our write; then we promote it. */
  private static final int ATTEMPTS = 3;

  @Override
  public User ensureAdmin(EnsureAdminCommand command) {
    PasswordHash hash = hasher.hash(command.password());
    for (int attempt = 1; ; attempt++) {
      Optional<User> existing = users.findByEmail(command.email());
      try {
        if (existing.isPresent()) {
          User admin = existing.get().promoteToAdmin().withPasswordHash(hash);
          users.update(admin);
          return admin;
        }
        User admin =
            User.register(new UserId(ids.newId()), command.email(), command.name(), hash, clock.instant())
                .promoteToAdmin();
        users.create(admin);
        return admin;
      } catch (EmailAlreadyRegisteredException | ConcurrentUpdateException lostRace) {
        if (attempt == ATTEMPTS) {
          throw lostRace;
        }
      }
    }
  }
}
