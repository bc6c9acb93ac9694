package io.cloudstore.application.service.cart;

import static io.cloudstore.application.service.ServiceTestSupport.CLOCK;
import static io.cloudstore.application.service.ServiceTestSupport.productsInStore;
import static io.cloudstore.domain.fixtures.TestMoney.USD;
import static io.cloudstore.domain.fixtures.TestMoney.usd;
import static io.cloudstore.domain.fixtures.TestTimes.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import io.cloudstore.application.port.in.cart.ReplaceCartCommand;
import io.cloudstore.application.port.out.persistence.CartRepository;
import io.cloudstore.application.port.out.persistence.ProductRepository;
import io.cloudstore.application.service.StoreSettings;
import io.cloudstore.domain.FieldError;
import io.cloudstore.domain.ValidationException;
import io.cloudstore.domain.cart.Cart;
import io.cloudstore.domain.cart.CartLine;
import io.cloudstore.domain.cart.PricedCart;
import io.cloudstore.domain.cart.PricedCartLine;
import io.cloudstore.domain.fixtures.TestProducts;
import io.cloudstore.domain.money.TaxRate;
import io.cloudstore.domain.product.Product;
import io.cloudstore.domain.product.ProductId;
import io.cloudstore.domain.product.Quantity;
import io.cloudstore.domain.user.UserId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class ReplaceCartServiceTest {
  private static final UserId ANA = new UserId("user-ana");

  @Mock private CartRepository carts;
  @Mock private ProductRepository products;

  private final Product mug = TestProducts.aProduct().withName("Camp mug").withPrice(1250).withStock(10).build();
  private final Product lamp = TestProducts.aProduct().withName("Lamp").withPrice(3999).withStock(1).build();

  @Test
  void replace_existingProducts_savesTheCartAndShowsItPriced() {
    productsInStore(products, mug, lamp);

    PricedCart priced = service().replace(new ReplaceCartCommand(ANA, List.of(line(mug, 2), line(lamp, 1))));

    ArgumentCaptor<Cart> saved = ArgumentCaptor.forClass(Cart.class);
    verify(carts).save(saved.capture());
    assertThat(saved.getValue().userId()).isEqualTo(ANA);
    assertThat(saved.getValue().lines()).containsExactly(line(mug, 2), line(lamp, 1));
    assertThat(saved.getValue().updatedAt()).isEqualTo(T0);
    assertThat(priced.lines()).containsExactly(
        new PricedCartLine(mug.id(), "Camp mug", usd(1250), Quantity.of(2), true),
        new PricedCartLine(lamp.id(), "Lamp", usd(3999), Quantity.of(1), true));
    assertThat(priced.subtotal()).isEqualTo(usd(6499));
    assertThat(priced.updatedAt()).isEqualTo(T0);
  }

  @Test
  void replace_unknownProduct_refusedNamingItsLineAndNothingIsSaved() {
    productsInStore(products, mug);
    CartLine unknown = new CartLine(new ProductId("no-such-product"), Quantity.of(1));

    assertThatThrownBy(() -> service().replace(new ReplaceCartCommand(ANA, List.of(line(mug, 1), unknown))))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
            .containsExactly(new FieldError("items[1].productId", "no such product")));
    verify(carts, never()).save(any());
  }

  @Test
  void replace_severalUnknownProducts_namesEveryOne() {
    productsInStore(products, mug);
    CartLine first = new CartLine(new ProductId("gone-1"), Quantity.of(1));
    CartLine second = new CartLine(new ProductId("gone-2"), Quantity.of(1));

    assertThatThrownBy(() -> service().replace(new ReplaceCartCommand(ANA, List.of(first, line(mug, 1), second))))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
            .extracting(FieldError::field).containsExactly("items[0].productId", "items[2].productId"));
    verify(carts, never()).save(any());
  }

  @Test
  void replace_sameProductTwice_refusedBeforeAnyLookupOrSave() {
    assertThatThrownBy(() -> service().replace(new ReplaceCartCommand(ANA, List.of(line(mug, 1), line(mug, 2)))))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
            .extracting(FieldError::field).containsExactly("items[1].productId"));
    verifyNoInteractions(products, carts);
  }

  @Test
  void replace_moreUnitsThanInStock_savesTheCartButShowsTheLineUnavailable() {
    productsInStore(products, lamp);

    PricedCart priced = service().replace(new ReplaceCartCommand(ANA, List.of(line(lamp, 3))));

    verify(carts).save(any());
    assertThat(priced.lines().get(0).available()).isFalse();
  }

  @Test
  void replace_noLines_savesAnEmptyCart() {
    PricedCart priced = service().replace(new ReplaceCartCommand(ANA, List.of()));

    ArgumentCaptor<Cart> saved = ArgumentCaptor.forClass(Cart.class);
    verify(carts).save(saved.capture());
    assertThat(saved.getValue().isEmpty()).isTrue();
    assertThat(priced.subtotal()).isEqualTo(usd(0));
  }

  private ReplaceCartService service() {
    return new ReplaceCartService(carts, products, CLOCK, new StoreSettings(USD, TaxRate.NONE));
  }

  private static CartLine line(Product product, int quantity) {
    return new CartLine(product.id(), Quantity.of(quantity));
  }
}
