package io.cloudstore.guarantees;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudstore.domain.cart.Cart;
import io.cloudstore.domain.cart.CartLine;
import io.cloudstore.domain.cart.PricedCart;
import io.cloudstore.domain.cart.PricedCartLine;
import io.cloudstore.domain.fixtures.TestIds;
import io.cloudstore.domain.fixtures.TestProducts;
import io.cloudstore.domain.money.Money;
import io.cloudstore.domain.money.TaxRate;
import io.cloudstore.domain.product.Product;
import io.cloudstore.domain.product.ProductId;
import io.cloudstore.domain.product.Quantity;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Properties of the money path that {@code MoneyPathPropertiesTest} in store-domain does not cover: tax
 * against an oracle that uses integers only (no BigDecimal rounding, so it cannot share a mistake with the
 * code), priced carts adding up with products missing, and the largest possible cart staying exact. Seeded generators ({@code -Dguarantees.seed=N}); a failure names the seed and input.
 */
class DomainPropertiesTest {
  private static final int CASES = 5_000;
  private static final Currency USD = Currency.getInstance("USD");
  private static final BigInteger TEN_THOUSAND = BigInteger.valueOf(10_000);

  private final long seed = Seeds.seed();
  private final SplittableRandom random = new SplittableRandom(seed);

  @Test
  void taxOn_anySubtotalAndRate_equalsHalfUpOfTheExactIntegerProduct() {
    for (int i = 0; i < CASES; i++) {
      long subtotal = i % 10 == 0 ? Long.MAX_VALUE / 100 - random.nextInt(1000) : random.nextLong(0, 1_000_000_000L);
      int basisPointsTimes100 = random.nextInt(0, 1_000_001); // 0.0000 .. 100.0000 percent, 4 decimals
      BigDecimal percent = BigDecimal.valueOf(basisPointsTimes100, 4);

      long tax = new TaxRate(percent).taxOn(Money.of(subtotal, USD)).amount();

      assertThat(tax).as("seed %d: %s%% of %d", seed, percent, subtotal)
          .isEqualTo(integerHalfUp(subtotal, basisPointsTimes100));
    }
    System.out.printf("properties[tax]: %d cases, seed %d, violations: 0%n", CASES, seed);
  }

  @Test
  void pricedCart_anyLinesSomeProductsGone_subtotalIsTheSumOfItsLineTotals() {
    for (int i = 0; i < CASES; i++) {
      Map<ProductId, Product> catalog = new HashMap<>();
      List<CartLine> lines = new ArrayList<>();
      long expected = 0;
      int count = 1 + random.nextInt(Cart.MAX_LINES);
      for (int l = 0; l < count; l++) {
        ProductId id = TestIds.productId();
        int quantity = random.nextInt(Quantity.MIN, Quantity.MAX + 1);
        lines.add(new CartLine(id, Quantity.of(quantity)));
        if (random.nextInt(5) > 0) {
          long price = random.nextLong(1, 10_000_000L);
          catalog.put(id, TestProducts.aProduct().withId(id).withPrice(price).build());
          expected += price * quantity;
        }
      }
      Cart cart = Cart.of(TestIds.userId(), lines, Instant.EPOCH);

      PricedCart priced = PricedCart.price(cart, catalog, USD);

      long sumOfLines = priced.lines().stream().map(PricedCartLine::lineTotal).mapToLong(Money::amount).sum();
      assertThat(priced.subtotal().amount()).as("seed %d: cart %s", seed, lines)
          .isEqualTo(sumOfLines)
          .isEqualTo(expected);
      assertThat(priced.lines()).as("seed %d: one priced line per cart line, in order", seed)
          .extracting(PricedCartLine::productId)
          .containsExactlyElementsOf(lines.stream().map(CartLine::productId).toList());
    }
    System.out.printf("properties[cart totals]: %d cases, seed %d, violations: 0%n", CASES, seed);
  }

  /**
   * Product prices are capped (1 to 10^11 minor units) and carts to 50 lines of at most 99 units, so the
   * largest cart, and its tax at 100 %, is still exact and far from {@code Long.MAX_VALUE}: overflow cannot
   * reach the order path. Sampled around the caps.
   */
  @Test
  void pricedCart_atTheLargestPricesAndQuantities_isExactAndTaxableWithoutOverflow() {
    long maxPrice = 100_000_000_000L;
    for (int i = 0; i < CASES / 10; i++) {
      Map<ProductId, Product> catalog = new HashMap<>();
      List<CartLine> lines = new ArrayList<>();
      BigInteger expected = BigInteger.ZERO;
      for (int l = 0; l < Cart.MAX_LINES; l++) {
        ProductId id = TestIds.productId();
        long price = maxPrice - random.nextInt(1000);
        int quantity = Quantity.MAX - random.nextInt(3);
        lines.add(new CartLine(id, Quantity.of(quantity)));
        catalog.put(id, TestProducts.aProduct().withId(id).withPrice(price).build());
        expected = expected.add(BigInteger.valueOf(price).multiply(BigInteger.valueOf(quantity)));
      }
      PricedCart priced = PricedCart.price(Cart.of(TestIds.userId(), lines, Instant.EPOCH), catalog, USD);
      Money tax = new TaxRate(BigDecimal.valueOf(100)).taxOn(priced.subtotal());

      assertThat(BigInteger.valueOf(priced.subtotal().amount())).as("seed %d: subtotal", seed).isEqualTo(expected);
      assertThat(priced.subtotal().plus(tax).amount()).as("seed %d: total at 100%% tax", seed)
          .isEqualTo(expected.shiftLeft(1).longValueExact());
    }
    System.out.printf("properties[largest carts]: %d cases, seed %d, violations: 0%n", CASES / 10, seed);
  }

  /** round-half-up(subtotal * bp / 1_000_000) with integers only; bp is the percent times 10 000. */
  private static long integerHalfUp(long subtotal, int percentTimes10000) {
    BigInteger numerator = BigInteger.valueOf(subtotal).multiply(BigInteger.valueOf(percentTimes10000));
    BigInteger denominator = TEN_THOUSAND.multiply(BigInteger.valueOf(100));
    BigInteger[] quotientAndRest = numerator.divideAndRemainder(denominator);
    boolean roundUp = quotientAndRest[1].shiftLeft(1).compareTo(denominator) >= 0;
    return quotientAndRest[0].add(roundUp ? BigInteger.ONE : BigInteger.ZERO).longValueExact();
  }
}
