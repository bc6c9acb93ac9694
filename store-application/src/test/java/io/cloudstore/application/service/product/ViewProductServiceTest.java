package io.cloudstore.application.service.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.when;

import io.cloudstore.application.port.in.product.ProductNotFoundException;
import io.cloudstore.application.port.out.persistence.ProductRepository;
import io.cloudstore.domain.fixtures.TestProducts;
import io.cloudstore.domain.product.Product;
import io.cloudstore.domain.product.ProductId;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class ViewProductServiceTest {
  @Mock private ProductRepository products;

  @Test
  void view_existingProduct_returnsIt() {
    Product mug = TestProducts.product();
    when(products.findById(mug.id())).thenReturn(Optional.of(mug));

    assertThat(new ViewProductService(products).view(mug.id())).isEqualTo(mug);
  }

  @Test
  void view_absentProduct_notFound() {
    ProductId missing = new ProductId("missing");
    when(products.findById(missing)).thenReturn(Optional.empty());

    assertThatThrownBy(() -> new ViewProductService(products).view(missing))
        .isInstanceOf(ProductNotFoundException.class);
  }
}
