package io.cloudstore.application.cache;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudstore.application.port.in.product.BrowseCatalogUseCase;
import io.cloudstore.application.port.in.product.CatalogQuery;
import io.cloudstore.application.port.in.product.ViewProductUseCase;
import io.cloudstore.application.service.product.BrowseCatalogService;
import io.cloudstore.application.service.product.ViewProductService;
import io.cloudstore.domain.fixtures.ManualClock;
import io.cloudstore.domain.fixtures.TestProducts;
import io.cloudstore.domain.page.PageRequest;
import io.cloudstore.domain.product.Product;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CatalogCacheBoundTest {
  private static final Duration TTL = Duration.ofSeconds(10);
  private static final int MAX_PRODUCTS = 3;

  private final ManualClock clock = ManualClock.atT0();
  private final FakeCatalog storage = new FakeCatalog();
  private final CatalogCache cache = new CatalogCache(new CatalogCacheSettings(TTL, MAX_PRODUCTS), clock);
  private final ViewProductUseCase view = cache.viewProduct(new ViewProductService(storage));
  private final BrowseCatalogUseCase browse = cache.browseCatalog(new BrowseCatalogService(storage));
  private final List<Product> products = new ArrayList<>();

  CatalogCacheBoundTest() {
    for (int i = 0; i < 5; i++) {
      Product product = TestProducts.aProduct().withName("Product " + i).withCategory("Shelf" + i).build();
      storage.put(product);
      products.add(product);
    }
  }

  @Test
  void full_dropsTheOldestAnswerFirst() {
    viewProducts(0, 1, 2);
    viewProducts(3);

    viewProducts(1, 2, 3);
    assertThat(storage.reads()).as("1, 2 and 3 were still cached").isEqualTo(4);
    viewProducts(0);
    assertThat(storage.reads()).as("0 had been dropped").isEqualTo(5);
    assertThat(cache.statistics().products()).isEqualTo(MAX_PRODUCTS);
  }

  @Test
  void full_dropsExpiredAnswersBeforeFreshOnes() {
    viewProducts(0);
    clock.advance(TTL.dividedBy(2));
    viewProducts(1, 2);
    clock.advance(TTL.dividedBy(2)); // 0 has expired, 1 and 2 have not
    viewProducts(3);

    viewProducts(1, 2);
    assertThat(storage.reads()).isEqualTo(4);
    assertThat(cache.statistics().products()).isEqualTo(3);
  }

  @Test
  void aPageCountsAsTheProductsOnIt() {
    viewProducts(0, 1);
    browse.browse(CatalogQuery.firstPage(20)); // five products: more than the whole bound

    viewProducts(0, 1);
    browse.browse(CatalogQuery.firstPage(20));
    assertThat(storage.reads()).as("the page pushed both views out and was not kept itself").isEqualTo(6);
    assertThat(cache.statistics().answers()).isZero();
  }

  @Test
  void manyDistinctQueriesFromClients_neverHoldMoreThanTheBound() {
    for (int i = 0; i < 1_000; i++) {
      browse.browse(new CatalogQuery(Optional.empty(), Optional.of("no such thing " + i), PageRequest.first(20)));
      assertThat(cache.statistics().products()).isLessThanOrEqualTo(MAX_PRODUCTS);
    }
  }

  private void viewProducts(int... indexes) {
    for (int index : indexes) {
      view.view(products.get(index).id());
    }
  }
}
