package io.cloudstore.domain;

/** The request is valid on its own but conflicts with the current state of the store. */
public abstract class ConflictException extends DomainException {
  protected ConflictException(String message) {
    super(message);
  }
}
