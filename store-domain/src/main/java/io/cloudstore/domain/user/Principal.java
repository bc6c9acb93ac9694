package io.cloudstore.domain.user;

import java.util.Objects;

/** Who is calling, as proved by a verified token. */
public record Principal(UserId userId, Role role) {
  public Principal {
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(role, "role");
  }

  public boolean isAdmin() {
    return role == Role.ADMIN;
  }
}
