package io.cloudstore.application.service.product;

import io.cloudstore.domain.ValidationException;
import io.cloudstore.domain.product.ProductDetails;
import java.util.Currency;

/** The one check every write of a price needs: it must be in the store's currency. */
final class StoreCurrency {
  private StoreCurrency() {}

  static void require(ProductDetails details, Currency storeCurrency) {
    if (!details.price().currency().equals(storeCurrency)) {
      throw ValidationException.of("price", "must be in the store currency, " + storeCurrency.getCurrencyCode());
    }
  }
}
