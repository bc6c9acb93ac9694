package io.cloudstore.domain.product;

import io.cloudstore.domain.ValidationException;

/** How many units of one product a cart or order line holds: 1 to 99. */
public record Quantity(int value) {
  public static final int MIN = 1;
  public static final int MAX = 99;

  public Quantity {
    if (value < MIN || value > MAX) {
      throw ValidationException.of("quantity", "must be between " + MIN + " and " + MAX);
    }
  }

  public static Quantity of(int value) {
    return new Quantity(value);
  }
}
