package io.cloudstore.adapter.out.persistence.inmemory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudstore.application.port.out.persistence.PageCursorCodec;
import io.cloudstore.application.port.out.persistence.ProductRepository;
import io.cloudstore.application.port.out.persistence.ProductRepositoryContract;
import io.cloudstore.application.port.out.persistence.ProductSearch;
import io.cloudstore.application.port.out.persistence.StorageUnderTest;
import io.cloudstore.domain.fixtures.TestProducts;
import io.cloudstore.domain.page.InvalidCursorException;
import io.cloudstore.domain.page.Page;
import io.cloudstore.domain.page.PageRequest;
import io.cloudstore.domain.product.Category;
import io.cloudstore.domain.product.Product;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InMemoryProductRepositoryTest extends ProductRepositoryContract {
  private static final Category KITCHEN = new Category("Kitchen");

  @Override
  protected StorageUnderTest storage() {
    return FreshInMemoryStorage.create();
  }

  @Test
  void search_listsTheCatalogByNameIgnoringCaseThenById() {
    ProductRepository catalog = FreshInMemoryStorage.storage().products();
    Product delta = created(catalog, "delta");
    Product upperAlpha = created(catalog, "Alpha");
    Product charlie = created(catalog, "charlie");
    Product bravo = created(catalog, "Bravo");
    Product lowerAlpha = created(catalog, "alpha");
    List<Product> alphas =
        upperAlpha.id().value().compareTo(lowerAlpha.id().value()) < 0
            ? List.of(upperAlpha, lowerAlpha)
            : List.of(lowerAlpha, upperAlpha);

    Page<Product> page = catalog.search(ProductSearch.all(), PageRequest.first(10));

    assertThat(page.items())
        .extracting(Product::id)
        .containsExactly(alphas.get(0).id(), alphas.get(1).id(), bravo.id(), charlie.id(), delta.id());
  }

  @Test
  void search_textMatchesFillingTheLastPageExactly_giveNoCursorThoughOtherProductsFollow() {
    ProductRepository catalog = FreshInMemoryStorage.storage().products();
    created(catalog, "A mug");
    created(catalog, "B mug");
    created(catalog, "C plate");
    created(catalog, "D bowl");

    Page<Product> page =
        catalog.search(new ProductSearch(Optional.empty(), Optional.of("MUG")), PageRequest.first(2));

    assertThat(page.items()).extracting(Product::name).containsExactly("A mug", "B mug");
    assertThat(page.nextCursor()).isEmpty();
  }

  @Test
  void search_cursorSignedByAStoreWithAnotherKey_throwsInvalidCursor() {
    ProductRepository first = FreshInMemoryStorage.storage().products();
    for (int i = 0; i < 3; i++) {
      created(first, "Mug " + i);
    }
    String cursor = first.search(ProductSearch.all(), PageRequest.first(1)).nextCursor().orElseThrow();
    ProductRepository other =
        new InMemoryStorage(
                new PageCursorCodec("another-key-of-enough-bytes".getBytes(StandardCharsets.UTF_8)),
                FreshInMemoryStorage.CLOCK)
            .products();

    assertThatThrownBy(() -> other.search(ProductSearch.all(), PageRequest.after(cursor, 1)))
        .isInstanceOf(InvalidCursorException.class);
  }

  @Test
  void search_oneCategoryAmongManyOthers_listsOnlyItsOwnProducts() {
    ProductRepository catalog = FreshInMemoryStorage.storage().products();
    for (int i = 0; i < 1_000; i++) {
      catalog.create(TestProducts.aProduct().withCategory("Other " + (i % 7)).withName("Item " + i).build());
    }
    Product mug = created(catalog, "Mug");
    Product plate = created(catalog, "Plate");

    ProductSearch kitchen = new ProductSearch(Optional.of(KITCHEN), Optional.empty());
    Page<Product> first = catalog.search(kitchen, PageRequest.first(1));
    Page<Product> second = catalog.search(kitchen, PageRequest.after(first.nextCursor().orElseThrow(), 1));

    assertThat(first.items()).containsExactly(mug);
    assertThat(second.items()).containsExactly(plate);
    assertThat(second.nextCursor()).isEmpty();
  }

  private static Product created(ProductRepository catalog, String name) {
    Product product = TestProducts.aProduct().withCategory(KITCHEN).withName(name).build();
    catalog.create(product);
    return product;
  }
}
