package io.cloudstore.adapter.in.http.product;

import io.cloudstore.adapter.in.http.support.FieldChecks;
import io.cloudstore.domain.Validation;
import io.cloudstore.domain.product.ProductDetails;
import java.util.Currency;

/**
 * {@code POST /api/admin/products} and {@code PUT /api/admin/products/{id}}: every editable field. The
 * price is in minor units of the store currency; {@code currency} may be sent and must then be that one.
 */
public record ProductRequest(
    String name, String description, String category, Long price, String currency, String imageUrl,
    Integer stock) {

  /** @throws io.cloudstore.domain.ValidationException naming every invalid field */
  ProductDetails toDetails(Currency storeCurrency) {
    var v = new Validation();
    ProductDetails details =
        FieldChecks.collect(
            v, () -> ProductDetails.parse(name, description, category, price, storeCurrency, imageUrl, stock));
    v.check(
        currency == null || currency.equals(storeCurrency.getCurrencyCode()),
        "currency",
        "must be the store currency, " + storeCurrency.getCurrencyCode());
    v.throwIfInvalid();
    return details;
  }
}
