package io.cloudstore.domain.money;

import io.cloudstore.domain.ValidationException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A sales tax rate in percent (for example {@code 8.25}).
 *
 * <p>Rounding rule, in this one place: tax is computed once on an order's subtotal and rounded to the
 * currency's minor unit, half away from zero ({@link RoundingMode#HALF_UP}). Lines are not taxed one by
 * one, so the tax never depends on how the lines are split.
 */
public record TaxRate(BigDecimal percent) {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  public static final TaxRate NONE = new TaxRate(BigDecimal.ZERO);

  public TaxRate {
    Objects.requireNonNull(percent, "percent");
    if (percent.signum() < 0 || percent.compareTo(HUNDRED) > 0) {
      throw ValidationException.of("taxRate", "must be between 0 and 100 percent");
    }
    if (percent.scale() > 4) {
      throw ValidationException.of("taxRate", "must have at most 4 decimal places");
    }
  }

  /** Parses a percentage written as a decimal string, such as {@code "8.25"}. */
  public static TaxRate parse(String percent) {
    try {
      return new TaxRate(new BigDecimal(percent.strip()).stripTrailingZeros());
    } catch (NumberFormatException | NullPointerException e) {
      throw ValidationException.of("taxRate", "must be a decimal number of percent, such as 8.25");
    }
  }

  public Money taxOn(Money subtotal) {
    BigDecimal tax =
        BigDecimal.valueOf(subtotal.amount()).multiply(percent).divide(HUNDRED, 0, RoundingMode.HALF_UP);
    return Money.of(tax.longValueExact(), subtotal.currency());
  }
}
