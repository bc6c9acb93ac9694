package io.cloudstore.application.service.cart;

import static io.cloudstore.application.service.ServiceTestSupport.CLOCK;
import static io.cloudstore.application.service.ServiceTestSupport.productsInStore;
import static io.cloudstore.domain.fixtures.TestMoney.EUR;
import static io.cloudstore.domain.fixtures.TestMoney.USD;
import static io.cloudstore.domain.fixtures.TestMoney.usd;
import static io.cloudstore.domain.fixtures.TestTimes.T0;
import static io.cloudstore.domain.fixtures.TestTimes.secondsAfterT0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;

import io.cloudstore.application.port.out.persistence.CartRepository;
import io.cloudstore.application.port.out.persistence.ProductRepository;
import io.cloudstore.application.service.StoreSettings;
import io.cloudstore.domain.cart.Cart;
import io.cloudstore.domain.cart.CartLine;
import io.cloudstore.domain.cart.PricedCart;
import io.cloudstore.domain.cart.PricedCartLine;
import io.cloudstore.domain.fixtures.TestProducts;
import io.cloudstore.domain.money.Money;
import io.cloudstore.domain.money.TaxRate;
import io.cloudstore.domain.product.Product;
import io.cloudstore.domain.product.ProductId;
import io.cloudstore.domain.product.Quantity;
import io.cloudstore.domain.user.UserId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class ViewCartServiceTest {
  private static final UserId ANA = new UserId("user-ana");

  @Mock private CartRepository carts;
  @Mock private ProductRepository products;

  @Test
  void view_noStoredCart_showsAnEmptyCartInTheStoreCurrency() {
    when(carts.findByUser(ANA)).thenReturn(Optional.empty());

    PricedCart priced = service(new StoreSettings(EUR, TaxRate.NONE)).view(ANA);

    assertThat(priced.lines()).isEmpty();
    assertThat(priced.subtotal()).isEqualTo(Money.zero(EUR));
    assertThat(priced.updatedAt()).isEqualTo(T0);
  }

  @Test
  void view_storedCart_isPricedWithTodaysPrices() {
    Product mug = TestProducts.aProduct().withName("Camp mug").withPrice(1400).build();
    when(carts.findByUser(ANA)).thenReturn(Optional.of(cartOf(new CartLine(mug.id(), Quantity.of(3)))));
    productsInStore(products, mug);

    PricedCart priced = service(StoreSettings.usdWithoutTax()).view(ANA);

    assertThat(priced.lines()).containsExactly(
        new PricedCartLine(mug.id(), "Camp mug", usd(1400), Quantity.of(3), true));
    assertThat(priced.subtotal()).isEqualTo(usd(4200));
    assertThat(priced.updatedAt()).isEqualTo(secondsAfterT0(-60));
  }

  @Test
  void view_productDeletedSinceItWasAdded_showsTheLineUnavailableAtZero() {
    Product mug = TestProducts.aProduct().withPrice(1250).build();
    ProductId deleted = new ProductId("deleted-product");
    when(carts.findByUser(ANA)).thenReturn(Optional.of(
        cartOf(new CartLine(mug.id(), Quantity.of(1)), new CartLine(deleted, Quantity.of(2)))));
    productsInStore(products, mug);

    PricedCart priced = service(new StoreSettings(USD, TaxRate.NONE)).view(ANA);

    assertThat(priced.lines().get(1).available()).isFalse();
    assertThat(priced.lines().get(1).name()).isEqualTo(PricedCart.UNAVAILABLE_NAME);
    assertThat(priced.subtotal()).isEqualTo(usd(1250));
  }

  private ViewCartService service(StoreSettings settings) {
    return new ViewCartService(carts, products, CLOCK, settings);
  }

  private static Cart cartOf(CartLine... lines) {
    return Cart.of(ANA, List.of(lines), secondsAfterT0(-60));
  }
}
