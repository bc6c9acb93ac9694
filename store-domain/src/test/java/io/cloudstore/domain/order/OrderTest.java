package io.cloudstore.domain.order;

import static io.cloudstore.domain.ValidationAssertions.invalidFieldsOf;
import static io.cloudstore.domain.fixtures.TestMoney.eur;
import static io.cloudstore.domain.fixtures.TestMoney.usd;
import static io.cloudstore.domain.fixtures.TestTimes.T0;
import static io.cloudstore.domain.fixtures.TestTimes.secondsAfterT0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudstore.domain.ConflictException;
import io.cloudstore.domain.fixtures.TestAddresses;
import io.cloudstore.domain.money.Money;
import io.cloudstore.domain.money.TaxRate;
import io.cloudstore.domain.product.ProductId;
import io.cloudstore.domain.product.Quantity;
import io.cloudstore.domain.user.UserId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrderTest {
  private static final OrderId ORDER_ID = new OrderId("order-1");
  private static final UserId ANA = new UserId("user-ana");
  private static final ShippingAddress ADDRESS = TestAddresses.address();
  private static final OrderLine MUGS = line("mug", "Camp mug", usd(1999), 2);
  private static final OrderLine LAMP = line("lamp", "Lamp", usd(500), 1);

  @Test
  void place_computesSubtotalTaxAndTotalFromTheLines() {
    Order order = place(List.of(MUGS, LAMP), TaxRate.parse("8.25"));

    assertThat(order.subtotal()).isEqualTo(usd(4498)); // 2 x 1999 + 500
    assertThat(order.tax()).isEqualTo(usd(371)); // 371.085
    assertThat(order.total()).isEqualTo(usd(4869));
  }

  @Test
  void place_taxesTheSubtotalOnceNotEachLine() {
    // Each line alone would round 0.495 down to 0; together 0.99 rounds up to 1.
    OrderLine first = line("a", "A", usd(6), 1);
    OrderLine second = line("b", "B", usd(6), 1);

    Order order = place(List.of(first, second), TaxRate.parse("8.25"));

    assertThat(order.tax()).isEqualTo(usd(1));
  }

  @Test
  void place_withoutTax_totalIsTheSubtotal() {
    Order order = place(List.of(MUGS), TaxRate.NONE);

    assertThat(order.tax()).isEqualTo(usd(0));
    assertThat(order.total()).isEqualTo(usd(3998));
  }

  @Test
  void place_newOrder_isPlacedForItsOwnerWithTheAddressAndTime() {
    Order order = place(List.of(MUGS, LAMP), TaxRate.NONE);

    assertThat(order.id()).isEqualTo(ORDER_ID);
    assertThat(order.userId()).isEqualTo(ANA);
    assertThat(order.status()).isEqualTo(OrderStatus.PLACED);
    assertThat(order.lines()).containsExactly(MUGS, LAMP);
    assertThat(order.shippingAddress()).isEqualTo(ADDRESS);
    assertThat(order.createdAt()).isEqualTo(T0);
    assertThat(order.updatedAt()).isEqualTo(T0);
  }

  @Test
  void place_noLines_refusedNamingItems() {
    assertThat(invalidFieldsOf(() -> place(List.of(), TaxRate.NONE))).containsExactly("items");
  }

  @Test
  void place_51Lines_refusedNamingItems() {
    List<OrderLine> lines =
        IntStream.range(0, 51).mapToObj(i -> line("p-" + i, "Product " + i, usd(100), 1)).toList();

    assertThat(invalidFieldsOf(() -> place(lines, TaxRate.NONE))).containsExactly("items");
  }

  @Test
  void place_50Lines_accepted() {
    List<OrderLine> lines =
        IntStream.range(0, 50).mapToObj(i -> line("p-" + i, "Product " + i, usd(100), 1)).toList();

    assertThat(place(lines, TaxRate.NONE).subtotal()).isEqualTo(usd(5000));
  }

  @Test
  void place_sameProductTwice_refusedNamingTheRepeatedLine() {
    OrderLine mugAgain = line("mug", "Camp mug", usd(1999), 1);

    assertThat(invalidFieldsOf(() -> place(List.of(MUGS, LAMP, mugAgain), TaxRate.NONE)))
        .containsExactly("items[2].productId");
  }

  @Test
  void place_linesInDifferentCurrencies_refused() {
    OrderLine inEuro = line("lamp", "Lamp", eur(500), 1);

    assertThat(invalidFieldsOf(() -> place(List.of(MUGS, inEuro), TaxRate.NONE))).containsExactly("currency");
  }

  @Test
  void lines_cannotBeChangedFromOutside() {
    List<OrderLine> source = new ArrayList<>(List.of(MUGS));
    Order order = place(source, TaxRate.NONE);

    source.add(LAMP);

    assertThat(order.lines()).containsExactly(MUGS);
    assertThatThrownBy(() -> order.lines().add(LAMP)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void cancel_placedOrder_isCancelledKeepingItsLinesAndTotals() {
    Order placed = place(List.of(MUGS), TaxRate.parse("10"));

    Order cancelled = placed.cancel(secondsAfterT0(60));

    assertThat(cancelled.status()).isEqualTo(OrderStatus.CANCELLED);
    assertThat(cancelled.updatedAt()).isEqualTo(secondsAfterT0(60));
    assertThat(cancelled.createdAt()).isEqualTo(T0);
    assertThat(cancelled.lines()).containsExactly(MUGS);
    assertThat(cancelled.total()).isEqualTo(placed.total());
    assertThat(placed.status()).as("the original is unchanged").isEqualTo(OrderStatus.PLACED);
  }

  @Test
  void ship_placedOrder_isShipped() {
    Order shipped = place(List.of(MUGS), TaxRate.NONE).ship(secondsAfterT0(3600));

    assertThat(shipped.status()).isEqualTo(OrderStatus.SHIPPED);
    assertThat(shipped.updatedAt()).isEqualTo(secondsAfterT0(3600));
  }

  @ParameterizedTest(name = "{0} order cannot be {1}")
  @CsvSource({"CANCELLED, CANCELLED", "CANCELLED, SHIPPED", "SHIPPED, CANCELLED", "SHIPPED, SHIPPED"})
  void changeStatus_orderNoLongerPlaced_refusedAsConflict(OrderStatus current, OrderStatus wanted) {
    Order order = storedOrderIn(current);

    assertThatThrownBy(() -> moveTo(order, wanted))
        .isInstanceOf(OrderStatusConflictException.class)
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("order-1")
        .hasMessageContaining(current.name())
        .hasMessageContaining(wanted.name());
  }

  @Test
  void isOwnedBy_onlyTheBuyer() {
    Order order = place(List.of(MUGS), TaxRate.NONE);

    assertThat(order.isOwnedBy(ANA)).isTrue();
    assertThat(order.isOwnedBy(new UserId("user-bob"))).isFalse();
  }

  @Test
  void restore_keepsTheStoredAmountsAndStatus() {
    Order order = Order.restore(ORDER_ID, ANA, List.of(MUGS), usd(3998), usd(330), ADDRESS, OrderStatus.SHIPPED, T0,
        secondsAfterT0(9));

    assertThat(order.subtotal()).isEqualTo(usd(3998));
    assertThat(order.tax()).isEqualTo(usd(330));
    assertThat(order.total()).isEqualTo(usd(4328));
    assertThat(order.status()).isEqualTo(OrderStatus.SHIPPED);
    assertThat(order.updatedAt()).isEqualTo(secondsAfterT0(9));
  }

  @Test
  void orderLine_lineTotal_isUnitPriceTimesQuantity() {
    assertThat(MUGS.lineTotal()).isEqualTo(usd(3998));
  }

  @Test
  void equality_isByIdOnly() {
    Order placed = place(List.of(MUGS), TaxRate.NONE);

    assertThat(placed).isEqualTo(placed.cancel(secondsAfterT0(1)));
    assertThat(placed).isNotEqualTo(
        Order.place(new OrderId("order-2"), ANA, List.of(MUGS), ADDRESS, TaxRate.NONE, T0));
  }

  private static Order place(List<OrderLine> lines, TaxRate taxRate) {
    return Order.place(ORDER_ID, ANA, lines, ADDRESS, taxRate, T0);
  }

  private static Order storedOrderIn(OrderStatus status) {
    return Order.restore(ORDER_ID, ANA, List.of(MUGS), usd(3998), usd(0), ADDRESS, status, T0, T0);
  }

  private static Order moveTo(Order order, OrderStatus wanted) {
    return wanted == OrderStatus.CANCELLED ? order.cancel(secondsAfterT0(1)) : order.ship(secondsAfterT0(1));
  }

  private static OrderLine line(String productId, String name, Money unitPrice, int quantity) {
    return new OrderLine(new ProductId(productId), name, unitPrice, Quantity.of(quantity));
  }
}
