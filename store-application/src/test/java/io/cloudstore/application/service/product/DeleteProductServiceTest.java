package io.cloudstore.application.service.product;

import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.cloudstore.application.port.in.product.ProductNotFoundException;
import io.cloudstore.application.port.out.persistence.ProductRepository;
import io.cloudstore.domain.NotFoundException;
import io.cloudstore.domain.product.ProductId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class DeleteProductServiceTest {
  private static final ProductId MUG_ID = new ProductId("mug");

  @Mock private ProductRepository products;

  @Test
  void delete_existingProduct_removesIt() {
    when(products.delete(MUG_ID)).thenReturn(true);

    assertThatNoException().isThrownBy(() -> new DeleteProductService(products).delete(MUG_ID));
    verify(products).delete(MUG_ID);
  }

  @Test
  void delete_absentProduct_reportedAsNotFound() {
    when(products.delete(MUG_ID)).thenReturn(false);

    assertThatThrownBy(() -> new DeleteProductService(products).delete(MUG_ID))
        .isInstanceOf(ProductNotFoundException.class)
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("mug");
  }
}
