package io.cloudstore.domain.cart;

import io.cloudstore.domain.money.Money;
import io.cloudstore.domain.money.TaxRate;
import io.cloudstore.domain.product.Product;
import io.cloudstore.domain.product.ProductId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;

/**
 * A cart as the shopper sees it: every line with today's price, the subtotal of those prices, and the tax
 * an order of exactly these lines would carry (computed by the same rule as {@link
 * io.cloudstore.domain.order.Order#place}), so that a checkout page can show the total before ordering.
 */
public record PricedCart(List<PricedCartLine> lines, Money subtotal, Money tax, Instant updatedAt) {
  public static final String UNAVAILABLE_NAME = "No longer available";

  public PricedCart {
    lines = List.copyOf(lines);
  }

  /** Prices {@code cart} without tax; see {@link #price(Cart, Map, Currency, TaxRate)}. */
  public static PricedCart price(Cart cart, Map<ProductId, Product> products, Currency currency) {
    return price(cart, products, currency, TaxRate.NONE);
  }

  /** Prices {@code cart} with {@code products}, which holds the current state of the cart's products. */
  public static PricedCart price(Cart cart, Map<ProductId, Product> products, Currency currency, TaxRate taxRate) {
    Money subtotal = Money.zero(currency);
    List<PricedCartLine> priced = new ArrayList<>(cart.lines().size());
    for (CartLine line : cart.lines()) {
      Product product = products.get(line.productId());
      PricedCartLine pricedLine =
          product == null
              ? new PricedCartLine(line.productId(), UNAVAILABLE_NAME, Money.zero(currency), line.quantity(), false)
              : new PricedCartLine(
                  line.productId(), product.name(), product.price(), line.quantity(), product.canSupply(line.quantity()));
      subtotal = subtotal.plus(pricedLine.lineTotal());
      priced.add(pricedLine);
    }
    return new PricedCart(priced, subtotal, taxRate.taxOn(subtotal), cart.updatedAt());
  }

  /** What an order of these lines would cost now: subtotal plus tax. */
  public Money total() {
    return subtotal.plus(tax);
  }

  public Currency currency() {
    return subtotal.currency();
  }
}
