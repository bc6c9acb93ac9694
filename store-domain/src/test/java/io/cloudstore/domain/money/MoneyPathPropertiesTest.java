package io.cloudstore.domain.money;

import static io.cloudstore.domain.fixtures.TestMoney.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.cloudstore.domain.fixtures.TestAddresses;
import io.cloudstore.domain.fixtures.TestTimes;
import io.cloudstore.domain.order.Order;
import io.cloudstore.domain.order.OrderId;
import io.cloudstore.domain.order.OrderLine;
import io.cloudstore.domain.product.ProductId;
import io.cloudstore.domain.product.Quantity;
import io.cloudstore.domain.user.UserId;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Properties of the money path, checked on many generated inputs plus the known edge values. Inputs come
 * from a fixed seed, so a failure names its input and reproduces on every run.
 */
class MoneyPathPropertiesTest {
  private static final long SEED = 20_260_301L;
  private static final int SAMPLES = 2_000;
  private static final long[] EDGE_AMOUNTS = {
    0, 1, -1, 2, 99, 100, Integer.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE - 1, Long.MIN_VALUE,
    Long.MIN_VALUE + 1, Long.MAX_VALUE / 2, Long.MAX_VALUE / 2 + 1, Long.MIN_VALUE / 2
  };

  private final Random random = new Random(SEED);

  @Test
  void plus_anyTwoAmounts_isTheExactSumOrThrows() {
    List<long[]> pairs = new ArrayList<>();
    for (long a : EDGE_AMOUNTS) {
      for (long b : EDGE_AMOUNTS) {
        pairs.add(new long[] {a, b});
      }
    }
    for (int i = 0; i < SAMPLES; i++) {
      pairs.add(new long[] {anyAmount(), anyAmount()});
    }

    for (long[] pair : pairs) {
      BigInteger exact = BigInteger.valueOf(pair[0]).add(BigInteger.valueOf(pair[1]));
      Throwable failure = catchThrowable(() -> usd(pair[0]).plus(usd(pair[1])));
      if (fitsInALong(exact)) {
        assertThat(usd(pair[0]).plus(usd(pair[1])).amount()).as("%d + %d", pair[0], pair[1])
            .isEqualTo(exact.longValueExact());
      } else {
        assertThat(failure).as("%d + %d overflows", pair[0], pair[1]).isInstanceOf(ArithmeticException.class);
      }
    }
  }

  @Test
  void times_anyAmountAndQuantity_isTheExactProductOrThrows() {
    for (int i = 0; i < SAMPLES; i++) {
      long amount = i < EDGE_AMOUNTS.length ? EDGE_AMOUNTS[i] : anyAmount();
      int quantity = 1 + random.nextInt(Quantity.MAX);
      BigInteger exact = BigInteger.valueOf(amount).multiply(BigInteger.valueOf(quantity));
      Throwable failure = catchThrowable(() -> usd(amount).times(quantity));
      if (fitsInALong(exact)) {
        assertThat(usd(amount).times(quantity).amount()).as("%d x %d", amount, quantity)
            .isEqualTo(exact.longValueExact());
      } else {
        assertThat(failure).as("%d x %d overflows", amount, quantity).isInstanceOf(ArithmeticException.class);
      }
    }
  }

  @Test
  void taxOn_anySubtotalAndRate_isWithinZeroAndTheSubtotalAndRoundedHalfUp() {
    for (int i = 0; i < SAMPLES; i++) {
      long subtotal = i < 20 ? edgeSubtotal(i) : anySubtotal();
      BigDecimal percent = anyPercent();

      long tax = new TaxRate(percent).taxOn(usd(subtotal)).amount();

      assertThat(tax).as("%s%% of %d", percent, subtotal)
          .isBetween(0L, subtotal)
          .isEqualTo(halfUpTax(subtotal, percent));
    }
  }

  @Test
  void place_anyLines_totalIsTheSumOfLineTotalsPlusTaxOnThatSum() {
    for (int i = 0; i < SAMPLES / 4; i++) {
      List<OrderLine> lines = anyLines();
      BigDecimal percent = anyPercent();

      Order order = place(lines, percent);

      long lineSum = lines.stream().mapToLong(l -> l.unitPrice().amount() * l.quantity().value()).sum();
      String sample = lines.size() + " lines at " + percent + "%";
      assertThat(order.subtotal()).as(sample).isEqualTo(usd(lineSum));
      assertThat(order.tax()).as(sample).isEqualTo(usd(halfUpTax(lineSum, percent)));
      assertThat(order.total()).as(sample).isEqualTo(usd(lineSum + halfUpTax(lineSum, percent)));
    }
  }

  @Test
  void place_sameLinesInAnotherOrder_chargesTheSameTax() {
    for (int i = 0; i < SAMPLES / 10; i++) {
      List<OrderLine> lines = anyLines();
      List<OrderLine> shuffled = new ArrayList<>(lines);
      Collections.shuffle(shuffled, random);
      BigDecimal percent = anyPercent();

      assertThat(place(shuffled, percent).total()).isEqualTo(place(lines, percent).total());
    }
  }

  /** The rule written out independently: exact product, shifted two places, then rounded half up. */
  private static long halfUpTax(long subtotal, BigDecimal percent) {
    return new BigDecimal(subtotal).multiply(percent).movePointLeft(2).setScale(0, RoundingMode.HALF_UP)
        .longValueExact();
  }

  private static boolean fitsInALong(BigInteger value) {
    return value.bitLength() < Long.SIZE;
  }

  private static Order place(List<OrderLine> lines, BigDecimal percent) {
    return Order.place(new OrderId("order-1"), new UserId("user-1"), lines, TestAddresses.address(),
        new TaxRate(percent), TestTimes.T0);
  }

  private long anyAmount() {
    return switch (random.nextInt(3)) {
      case 0 -> random.nextLong();
      case 1 -> (random.nextBoolean() ? Long.MAX_VALUE : Long.MIN_VALUE) - random.nextInt(1000)
          * (random.nextBoolean() ? 1 : -1);
      default -> random.nextInt();
    };
  }

  private long edgeSubtotal(int i) {
    long[] edges = {0, 1, 2, 3, 5, 6, 7, 10, 99, 100, 199, 1000, 1999, 4000, 9999, 10_000, 123_456_789,
        Long.MAX_VALUE, Long.MAX_VALUE - 1, Long.MAX_VALUE / 100};
    return edges[i];
  }

  private long anySubtotal() {
    return random.nextBoolean() ? random.nextInt(1_000_000) : random.nextLong() & Long.MAX_VALUE;
  }

  /** 0 to 100 percent with up to four decimal places, favouring round and common rates. */
  private BigDecimal anyPercent() {
    return switch (random.nextInt(4)) {
      case 0 -> BigDecimal.valueOf(random.nextInt(101));
      case 1 -> BigDecimal.valueOf(random.nextInt(10_001), 2);
      case 2 -> List.of(BigDecimal.ZERO, new BigDecimal("100"), new BigDecimal("8.25"), new BigDecimal("0.0001"),
          new BigDecimal("99.9999"), new BigDecimal("12.5")).get(random.nextInt(6));
      default -> BigDecimal.valueOf(random.nextInt(1_000_001), 4);
    };
  }

  /** 1 to 50 lines of distinct products, up to $1,000,000.00 each, so that no sum can overflow. */
  private List<OrderLine> anyLines() {
    int count = 1 + random.nextInt(50);
    List<OrderLine> lines = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      long unitPrice = 1 + (random.nextBoolean() ? random.nextInt(10_000) : random.nextInt(100_000_000));
      int quantity = 1 + random.nextInt(Quantity.MAX);
      lines.add(new OrderLine(new ProductId("product-" + i), "Product " + i, usd(unitPrice), Quantity.of(quantity)));
    }
    return lines;
  }
}
