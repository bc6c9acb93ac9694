package io.cloudstore.application.service.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;

import io.cloudstore.application.port.out.persistence.ProductRepository;
import io.cloudstore.domain.product.Category;
import io.cloudstore.domain.product.CategoryCount;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class ListCategoriesServiceTest {
  @Mock private ProductRepository products;

  @Test
  void listCategories_returnsEachCategoryWithItsCount() {
    List<CategoryCount> counts =
        List.of(new CategoryCount(new Category("Camping"), 3), new CategoryCount(new Category("Kitchen"), 12));
    when(products.countByCategory()).thenReturn(counts);

    assertThat(new ListCategoriesService(products).listCategories()).isEqualTo(counts);
  }
}
