package io.cloudstore.domain.page;

/** A paging cursor that this store did not make, or that was changed. */
public final class InvalidCursorException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public InvalidCursorException() {
    super("The cursor is not valid; start again from the first page.");
  }
}
