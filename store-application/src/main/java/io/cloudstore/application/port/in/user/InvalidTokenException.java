package io.cloudstore.application.port.in.user;

import io.cloudstore.domain.DomainException;

/** The access token is missing, malformed, forged, expired or names a user who no longer exists. */
public final class InvalidTokenException extends DomainException {
  private static final long serialVersionUID = 1L;

  public InvalidTokenException() {
    super("The access token is missing, invalid or expired. Log in again.");
  }
}
