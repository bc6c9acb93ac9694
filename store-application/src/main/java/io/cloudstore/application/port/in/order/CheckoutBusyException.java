package io.cloudstore.application.port.in.order;

import io.cloudstore.domain.ConflictException;

/** Prices kept changing while the order was being placed; nothing was ordered and a retry may succeed. */
public final class CheckoutBusyException extends ConflictException {
  private static final long serialVersionUID = 1L;

  public CheckoutBusyException() {
    super("Prices changed while your order was being placed. Nothing was ordered; please try again.");
  }
}
