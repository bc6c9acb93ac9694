package io.cloudstore.application.port.out.persistence;

/**
 * The store could not be reached or did not answer in time (after its own retries). Nothing was changed,
 * or the change was rolled back; the caller may try again later. The cause is for logs only.
 */
public final class StorageUnavailableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StorageUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
