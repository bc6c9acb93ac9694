package io.cloudstore.domain.user;

import io.cloudstore.domain.ConflictException;

/** Another account already uses this email address; thrown by the store, which guarantees uniqueness. */
public final class EmailAlreadyRegisteredException extends ConflictException {
  private static final long serialVersionUID = 1L;

  public EmailAlreadyRegisteredException() {
    super("An account with this email address already exists.");
  }
}
