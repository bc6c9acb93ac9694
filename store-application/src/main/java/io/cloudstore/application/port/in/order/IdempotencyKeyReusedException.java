package io.cloudstore.application.port.in.order;

import io.cloudstore.domain.ConflictException;

/** The idempotency key was already used by this user for a different checkout request. */
public final class IdempotencyKeyReusedException extends ConflictException {
  private static final long serialVersionUID = 1L;

  public IdempotencyKeyReusedException() {
    super("This Idempotency-Key was already used for a different order request. Use a new key.");
  }
}
