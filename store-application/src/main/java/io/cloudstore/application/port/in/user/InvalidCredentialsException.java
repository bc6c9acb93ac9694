package io.cloudstore.application.port.in.user;

import io.cloudstore.domain.DomainException;

/** Wrong email or password; deliberately does not say which. */
public final class InvalidCredentialsException extends DomainException {
  private static final long serialVersionUID = 1L;

  public InvalidCredentialsException() {
    super("The email or password is not correct.");
  }
}
