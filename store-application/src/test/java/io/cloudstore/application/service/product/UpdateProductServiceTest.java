package io.cloudstore.application.service.product;

import static io.cloudstore.application.service.ServiceTestSupport.CLOCK;
import static io.cloudstore.domain.fixtures.TestMoney.eur;
import static io.cloudstore.domain.fixtures.TestTimes.T0;
import static io.cloudstore.domain.fixtures.TestTimes.secondsAfterT0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import io.cloudstore.application.port.in.product.ProductNotFoundException;
import io.cloudstore.application.port.out.persistence.ConcurrentUpdateException;
import io.cloudstore.application.port.out.persistence.ProductRepository;
import io.cloudstore.application.service.StoreSettings;
import io.cloudstore.domain.FieldError;
import io.cloudstore.domain.ValidationException;
import io.cloudstore.domain.fixtures.TestProducts;
import io.cloudstore.domain.product.Product;
import io.cloudstore.domain.product.ProductDetails;
import io.cloudstore.domain.product.ProductId;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class UpdateProductServiceTest {
  private static final ProductId MUG_ID = new ProductId("mug");

  @Mock private ProductRepository products;

  private final Product stored =
      TestProducts.aProduct().withId(MUG_ID).withName("Camp mug").withCreatedAt(secondsAfterT0(-86_400))
          .withVersion(3).build();
  private final ProductDetails newDetails =
      TestProducts.aProduct().withName("Camp mug, blue").withPrice(1450).withStock(25).details();

  @Test
  void update_existingProduct_replacesItsDetailsAndReturnsTheNextVersion() {
    when(products.findById(MUG_ID)).thenReturn(Optional.of(stored));

    Product updated = service().update(MUG_ID, newDetails);

    assertThat(updated.details()).isEqualTo(newDetails);
    assertThat(updated.id()).isEqualTo(MUG_ID);
    assertThat(updated.createdAt()).isEqualTo(stored.createdAt());
    assertThat(updated.updatedAt()).isEqualTo(T0);
    assertThat(updated.version()).isEqualTo(4);
    ArgumentCaptor<Product> written = ArgumentCaptor.forClass(Product.class);
    verify(products).update(written.capture());
    assertThat(written.getValue().version()).as("checked against the version read").isEqualTo(3);
    assertThat(written.getValue().details()).isEqualTo(newDetails);
  }

  @Test
  void update_lostRace_readsTheProductAgainAndWritesAgainstTheNewVersion() {
    Product changedMeanwhile = TestProducts.aProduct().withId(MUG_ID).withVersion(4).build();
    when(products.findById(MUG_ID)).thenReturn(Optional.of(stored))
        .thenReturn(Optional.of(changedMeanwhile));
    doThrow(new ConcurrentUpdateException("changed")).doNothing().when(products).update(any());

    Product updated = service().update(MUG_ID, newDetails);

    assertThat(updated.version()).isEqualTo(5);
    ArgumentCaptor<Product> written = ArgumentCaptor.forClass(Product.class);
    verify(products, times(2)).update(written.capture());
    assertThat(written.getAllValues()).extracting(Product::version).containsExactly(3L, 4L);
  }

  @Test
  void update_lostRaceFourTimes_succeedsOnTheFifthAttempt() {
    when(products.findById(MUG_ID)).thenReturn(Optional.of(stored));
    doThrow(new ConcurrentUpdateException("1"), new ConcurrentUpdateException("2"),
        new ConcurrentUpdateException("3"), new ConcurrentUpdateException("4"))
        .doNothing().when(products).update(any());

    Product updated = service().update(MUG_ID, newDetails);

    assertThat(updated.details()).isEqualTo(newDetails);
    verify(products, times(5)).update(any());
  }

  @Test
  void update_lostRaceFiveTimes_givesUpWithConcurrentUpdate() {
    when(products.findById(MUG_ID)).thenReturn(Optional.of(stored));
    doThrow(new ConcurrentUpdateException("busy")).when(products).update(any());

    assertThatThrownBy(() -> service().update(MUG_ID, newDetails)).isInstanceOf(ConcurrentUpdateException.class);
    verify(products, times(5)).update(any());
  }

  @Test
  void update_priceInAnotherCurrency_refusedWithoutTouchingStorage() {
    ProductDetails inEuro = TestProducts.aProduct().withPrice(eur(1450)).details();

    assertThatThrownBy(() -> service().update(MUG_ID, inEuro))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
            .containsExactly(new FieldError("price", "must be in the store currency, USD")));
    verifyNoInteractions(products);
  }

  @Test
  void update_missingProduct_notFound() {
    when(products.findById(MUG_ID)).thenReturn(Optional.empty());

    assertThatThrownBy(() -> service().update(MUG_ID, newDetails)).isInstanceOf(ProductNotFoundException.class)
        .hasMessageContaining("mug");
    verify(products, never()).update(any());
  }

  private UpdateProductService service() {
    return new UpdateProductService(products, CLOCK, StoreSettings.usdWithoutTax());
  }
}
