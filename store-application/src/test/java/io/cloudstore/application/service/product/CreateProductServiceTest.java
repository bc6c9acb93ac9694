package io.cloudstore.application.service.product;

import static io.cloudstore.application.service.ServiceTestSupport.CLOCK;
import static io.cloudstore.domain.fixtures.TestMoney.eur;
import static io.cloudstore.domain.fixtures.TestTimes.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import io.cloudstore.application.port.out.persistence.ProductRepository;
import io.cloudstore.application.service.StoreSettings;
import io.cloudstore.domain.FieldError;
import io.cloudstore.domain.ValidationException;
import io.cloudstore.domain.fixtures.TestProducts;
import io.cloudstore.domain.product.Product;
import io.cloudstore.domain.product.ProductDetails;
import io.cloudstore.domain.product.ProductId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class CreateProductServiceTest {
  @Mock private ProductRepository products;

  @Test
  void create_priceInStoreCurrency_storesANewProductWithAFreshId() {
    ProductDetails details = TestProducts.aProduct().withName("Camp mug").withPrice(1250).details();

    Product created = service().create(details);

    assertThat(created.id()).isEqualTo(new ProductId("generated-1"));
    assertThat(created.details()).isEqualTo(details);
    assertThat(created.createdAt()).isEqualTo(T0);
    assertThat(created.version()).isZero();
    verify(products).create(created);
  }

  @Test
  void create_priceInAnotherCurrency_refusedNamingPriceAndNothingStored() {
    ProductDetails inEuro = TestProducts.aProduct().withPrice(eur(1250)).details();

    assertThatThrownBy(() -> service().create(inEuro))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
            .extracting(FieldError::field).containsExactly("price"));
    verifyNoInteractions(products);
  }

  private CreateProductService service() {
    return new CreateProductService(products, () -> "generated-1", CLOCK, StoreSettings.usdWithoutTax());
  }
}
