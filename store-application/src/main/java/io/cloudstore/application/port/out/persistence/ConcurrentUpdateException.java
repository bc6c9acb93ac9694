package io.cloudstore.application.port.out.persistence;

/** Someone else changed the record since it was read (optimistic locking); read again and retry. */
public final class ConcurrentUpdateException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ConcurrentUpdateException(String message) {
    super(message);
  }
}
