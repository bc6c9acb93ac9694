package io.cloudstore.domain;

/** Something the caller asked for does not exist, or is not theirs to see. */
public abstract class NotFoundException extends DomainException {
  protected NotFoundException(String message) {
    super(message);
  }
}
