package io.cloudstore.domain.money;

import io.cloudstore.domain.ValidationException;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount of money in the currency's minor unit (cents for USD), as the API shows it. Arithmetic is
 * exact: it never uses floating point and fails loudly instead of overflowing.
 */
public record Money(long amount, Currency currency) implements Comparable<Money> {
  public Money {
    Objects.requireNonNull(currency, "currency");
  }

  public static Money of(long amount, Currency currency) {
    return new Money(amount, currency);
  }

  public static Money zero(Currency currency) {
    return new Money(0, currency);
  }

  public Money plus(Money other) {
    requireSameCurrency(other);
    return new Money(Math.addExact(amount, other.amount), currency);
  }

  public Money times(int factor) {
    return new Money(Math.multiplyExact(amount, factor), currency);
  }

  public boolean isPositive() {
    return amount > 0;
  }

  public boolean isNegative() {
    return amount < 0;
  }

  @Override
  public int compareTo(Money other) {
    requireSameCurrency(other);
    return Long.compare(amount, other.amount);
  }

  private void requireSameCurrency(Money other) {
    if (!currency.equals(other.currency)) {
      throw ValidationException.of(
          "currency", "cannot combine " + currency.getCurrencyCode() + " with " + other.currency.getCurrencyCode());
    }
  }

  @Override
  public String toString() {
    return amount + " " + currency.getCurrencyCode();
  }
}
