package io.cloudstore.application.port.in.user;

import io.cloudstore.domain.user.User;

/** Makes sure an operator-named admin account exists (used at start-up and by the create-admin command). */
public interface EnsureAdminUseCase {
  User ensureAdmin(EnsureAdminCommand command);
}
