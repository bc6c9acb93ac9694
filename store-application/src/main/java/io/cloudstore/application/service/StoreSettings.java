package io.cloudstore.application.service;

import io.cloudstore.domain.money.TaxRate;
import java.util.Currency;
import java.util.Objects;

/** The shop-wide settings the use cases need: the one store currency and the sales tax rate. */
public record StoreSettings(Currency currency, TaxRate taxRate) {
  public StoreSettings {
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(taxRate, "taxRate");
  }

  public static StoreSettings usdWithoutTax() {
    return new StoreSettings(Currency.getInstance("USD"), TaxRate.NONE);
  }
}
