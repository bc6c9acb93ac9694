package io.cloudstore.domain;

/**
 * A business rule was broken. The message is written for the client: it may be shown as it is, so it
 * never contains internal details.
 */
public abstract class DomainException extends RuntimeException {
  protected DomainException(String message) {
    super(message);
  }
}
