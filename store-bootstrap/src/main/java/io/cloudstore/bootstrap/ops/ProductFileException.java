package io.cloudstore.bootstrap.ops;

/** An import file that cannot be read as a whole (not JSON or CSV, no header, a column nobody knows...). */
public final class ProductFileException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ProductFileException(String message) {
    super(message);
  }

  public ProductFileException(String message, Throwable cause) {
    super(message, cause);
  }
}
