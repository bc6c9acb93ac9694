package io.cloudstore.application.port.in.user;

import io.cloudstore.domain.user.Email;
import io.cloudstore.domain.user.PlainPassword;
import java.util.Objects;

/** The operator's admin account: created if missing, otherwise promoted and given this password. */
public record EnsureAdminCommand(Email email, PlainPassword password, String name) {
  public EnsureAdminCommand {
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(password, "password");
    Objects.requireNonNull(name, "name");
  }
}
