package io.cloudstore.application.service.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;

import io.cloudstore.application.port.in.product.CatalogQuery;
import io.cloudstore.application.port.out.persistence.ProductRepository;
import io.cloudstore.application.port.out.persistence.ProductSearch;
import io.cloudstore.domain.fixtures.TestProducts;
import io.cloudstore.domain.page.Page;
import io.cloudstore.domain.page.PageRequest;
import io.cloudstore.domain.product.Category;
import io.cloudstore.domain.product.Product;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class BrowseCatalogServiceTest {
  @Mock private ProductRepository products;

  @Test
  void browse_categoryTextAndPage_areAskedOfTheRepositoryAndItsPageReturned() {
    Category camping = new Category("Camping");
    PageRequest page = PageRequest.after("cursor-1", 5);
    Page<Product> found = new Page<>(List.of(TestProducts.product()), Optional.of("cursor-2"));
    when(products.search(new ProductSearch(Optional.of(camping), Optional.of("lamp")), page)).thenReturn(found);

    Page<Product> result =
        new BrowseCatalogService(products).browse(new CatalogQuery(Optional.of(camping), Optional.of(" lamp "), page));

    assertThat(result).isEqualTo(found);
  }

  @Test
  void browse_withoutFilters_searchesEverything() {
    Page<Product> found = Page.last(List.of());
    when(products.search(ProductSearch.all(), PageRequest.first(20))).thenReturn(found);

    assertThat(new BrowseCatalogService(products).browse(CatalogQuery.firstPage(20))).isEqualTo(found);
  }
}
