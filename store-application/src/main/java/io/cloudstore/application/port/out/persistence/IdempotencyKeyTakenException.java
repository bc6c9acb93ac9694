package io.cloudstore.application.port.out.persistence;

/**
 * Another checkout with the same user and idempotency key was stored first; this one was not stored.
 * The caller reads the stored record and replays its order.
 */
public final class IdempotencyKeyTakenException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public IdempotencyKeyTakenException() {
    super("idempotency key already used");
  }
}
