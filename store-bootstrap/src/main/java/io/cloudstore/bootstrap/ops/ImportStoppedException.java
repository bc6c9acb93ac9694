package io.cloudstore.bootstrap.ops;

/** Storage failed during an import; what was done before that is in {@link #soFar()}. */
public final class ImportStoppedException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient ImportReport soFar;

  ImportStoppedException(ImportReport soFar, RuntimeException cause) {
    super("storage failed: " + cause.getMessage(), cause);
    this.soFar = soFar;
  }

  public ImportReport soFar() {
    return soFar;
  }
}
