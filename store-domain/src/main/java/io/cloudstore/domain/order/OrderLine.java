package io.cloudstore.domain.order;

import io.cloudstore.domain.cart.ProductLine;
import io.cloudstore.domain.money.Money;
import io.cloudstore.domain.product.ProductId;
import io.cloudstore.domain.product.Quantity;
import java.util.Objects;

/**
 * One line of an order, with the product's name and unit price copied at purchase, so that the order
 * stays true when the product later changes or is deleted.
 */
public record OrderLine(ProductId productId, String name, Money unitPrice, Quantity quantity)
    implements ProductLine {
  public OrderLine {
    Objects.requireNonNull(productId, "productId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(unitPrice, "unitPrice");
    Objects.requireNonNull(quantity, "quantity");
  }

  public Money lineTotal() {
    return unitPrice.times(quantity.value());
  }
}
