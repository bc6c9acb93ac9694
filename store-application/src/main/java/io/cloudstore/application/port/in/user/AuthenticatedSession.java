package io.cloudstore.application.port.in.user;

import io.cloudstore.domain.user.User;
import java.util.Objects;

/** A signed-in user and the access token that proves it. */
public record AuthenticatedSession(String token, User user) {
  public AuthenticatedSession {
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(user, "user");
  }
}
