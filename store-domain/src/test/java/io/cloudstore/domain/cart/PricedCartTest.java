package io.cloudstore.domain.cart;

import static io.cloudstore.domain.fixtures.TestMoney.EUR;
import static io.cloudstore.domain.fixtures.TestMoney.USD;
import static io.cloudstore.domain.fixtures.TestMoney.usd;
import static io.cloudstore.domain.fixtures.TestTimes.T0;
import static io.cloudstore.domain.fixtures.TestTimes.secondsAfterT0;
import static org.assertj.core.api.Assertions.assertThat;

import io.cloudstore.domain.fixtures.TestProducts;
import io.cloudstore.domain.money.Money;
import io.cloudstore.domain.money.TaxRate;
import io.cloudstore.domain.product.Product;
import io.cloudstore.domain.product.ProductId;
import io.cloudstore.domain.product.Quantity;
import io.cloudstore.domain.user.UserId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PricedCartTest {
  private static final UserId ANA = new UserId("user-ana");
  private final Product mug = TestProducts.aProduct().withName("Camp mug").withPrice(1250).withStock(10).build();
  private final Product lamp = TestProducts.aProduct().withName("Lamp").withPrice(3999).withStock(1).build();

  @Test
  void price_availableProducts_usesTheirCurrentNameAndPrice() {
    Cart cart = cartOf(line(mug, 2), line(lamp, 1));

    PricedCart priced = PricedCart.price(cart, Map.of(mug.id(), mug, lamp.id(), lamp), USD);

    assertThat(priced.lines()).containsExactly(
        new PricedCartLine(mug.id(), "Camp mug", usd(1250), Quantity.of(2), true),
        new PricedCartLine(lamp.id(), "Lamp", usd(3999), Quantity.of(1), true));
    assertThat(priced.lines().get(0).lineTotal()).isEqualTo(usd(2500));
    assertThat(priced.subtotal()).isEqualTo(usd(6499));
    assertThat(priced.currency()).isEqualTo(USD);
  }

  @Test
  void price_productGone_showsTheLineUnavailableAtZero() {
    ProductId deleted = new ProductId("deleted-product");
    Cart cart = cartOf(line(mug, 1), new CartLine(deleted, Quantity.of(3)));

    PricedCart priced = PricedCart.price(cart, Map.of(mug.id(), mug), USD);

    PricedCartLine gone = priced.lines().get(1);
    assertThat(gone.productId()).isEqualTo(deleted);
    assertThat(gone.name()).isEqualTo(PricedCart.UNAVAILABLE_NAME);
    assertThat(gone.unitPrice()).isEqualTo(usd(0));
    assertThat(gone.quantity()).isEqualTo(Quantity.of(3));
    assertThat(gone.available()).isFalse();
    assertThat(gone.lineTotal()).isEqualTo(usd(0));
    assertThat(priced.subtotal()).isEqualTo(usd(1250));
  }

  @Test
  void price_fewerUnitsInStockThanWanted_marksTheLineUnavailableButStillPricesIt() {
    Cart cart = cartOf(line(lamp, 2));

    PricedCart priced = PricedCart.price(cart, Map.of(lamp.id(), lamp), USD);

    assertThat(priced.lines().get(0).available()).isFalse();
    assertThat(priced.lines().get(0).unitPrice()).isEqualTo(usd(3999));
    assertThat(priced.subtotal()).isEqualTo(usd(7998));
  }

  @Test
  void price_exactlyTheUnitsInStock_isAvailable() {
    PricedCart priced = PricedCart.price(cartOf(line(lamp, 1)), Map.of(lamp.id(), lamp), USD);

    assertThat(priced.lines().get(0).available()).isTrue();
  }

  @Test
  void price_emptyCart_hasZeroSubtotalInTheStoreCurrency() {
    PricedCart priced = PricedCart.price(Cart.empty(ANA, secondsAfterT0(4)), Map.of(), EUR);

    assertThat(priced.lines()).isEmpty();
    assertThat(priced.subtotal()).isEqualTo(Money.zero(EUR));
    assertThat(priced.currency()).isEqualTo(EUR);
    assertThat(priced.updatedAt()).isEqualTo(secondsAfterT0(4));
  }

  @Test
  void price_keepsWhenTheCartWasLastChanged() {
    Cart cart = Cart.of(ANA, List.of(line(mug, 1)), secondsAfterT0(77));

    assertThat(PricedCart.price(cart, Map.of(mug.id(), mug), USD).updatedAt()).isEqualTo(secondsAfterT0(77));
  }

  private static Cart cartOf(CartLine... lines) {
    return Cart.of(ANA, List.of(lines), T0);
  }

  private static CartLine line(Product product, int quantity) {
    return new CartLine(product.id(), Quantity.of(quantity));
  }

  @Test
  void price_withATaxRate_addsTheTaxAnOrderOfTheseLinesWouldCarry() {
    Product tin = TestProducts.aProduct().withPrice(1999).withStock(5).build();
    Cart cart = Cart.of(ANA, List.of(new CartLine(tin.id(), Quantity.of(1))), T0);

    PricedCart priced = PricedCart.price(cart, Map.of(tin.id(), tin), USD, TaxRate.parse("8.25"));

    assertThat(priced.subtotal()).isEqualTo(Money.of(1999, USD));
    assertThat(priced.tax()).isEqualTo(Money.of(165, USD));
    assertThat(priced.total()).isEqualTo(Money.of(2164, USD));
  }
}
