package io.cloudstore.application.port.in.order;

import io.cloudstore.domain.ConflictException;
import io.cloudstore.domain.money.Money;

/** The total the shopper was shown is no longer the total; nothing was ordered. */
public final class TotalChangedException extends ConflictException {
  private static final long serialVersionUID = 1L;
  private final Money currentTotal;

  public TotalChangedException(Money currentTotal) {
    super("Prices have changed since you saw them. Please review the new total and place the order again.");
    this.currentTotal = currentTotal;
  }

  public Money currentTotal() {
    return currentTotal;
  }
}
