package io.cloudstore.domain.cart;

import io.cloudstore.domain.money.Money;
import io.cloudstore.domain.product.ProductId;
import io.cloudstore.domain.product.Quantity;

/**
 * A cart line priced with the product's current price. {@code available} is false when the product is
 * gone or has fewer units than the line asks for; a gone product is priced at zero.
 */
public record PricedCartLine(
    ProductId productId, String name, Money unitPrice, Quantity quantity, boolean available) {
  public Money lineTotal() {
    return unitPrice.times(quantity.value());
  }
}
