package io.cloudstore.application.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudstore.application.port.in.product.BrowseCatalogUseCase;
import io.cloudstore.application.port.in.product.CatalogQuery;
import io.cloudstore.application.port.in.product.CreateProductUseCase;
import io.cloudstore.application.port.in.product.DeleteProductUseCase;
import io.cloudstore.application.port.in.product.ListCategoriesUseCase;
import io.cloudstore.application.port.in.product.ProductNotFoundException;
import io.cloudstore.application.port.in.product.UpdateProductUseCase;
import io.cloudstore.application.port.in.product.ViewProductUseCase;
import io.cloudstore.application.port.out.persistence.StorageUnavailableException;
import io.cloudstore.application.service.StoreSettings;
import io.cloudstore.application.service.product.BrowseCatalogService;
import io.cloudstore.application.service.product.CreateProductService;
import io.cloudstore.application.service.product.DeleteProductService;
import io.cloudstore.application.service.product.ListCategoriesService;
import io.cloudstore.application.service.product.UpdateProductService;
import io.cloudstore.application.service.product.ViewProductService;
import io.cloudstore.domain.fixtures.ManualClock;
import io.cloudstore.domain.fixtures.TestProducts;
import io.cloudstore.domain.page.InvalidCursorException;
import io.cloudstore.domain.page.Page;
import io.cloudstore.domain.page.PageRequest;
import io.cloudstore.domain.product.Category;
import io.cloudstore.domain.product.CategoryCount;
import io.cloudstore.domain.product.Product;
import io.cloudstore.domain.product.ProductDetails;
import io.cloudstore.domain.product.ProductId;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CatalogCacheTest {
  private static final Duration TTL = Duration.ofSeconds(5);
  private static final CatalogQuery FIRST_PAGE = CatalogQuery.firstPage(20);

  private final ManualClock clock = ManualClock.atT0();
  private final FakeCatalog storage = new FakeCatalog();
  private final Product mug = stored(TestProducts.aProduct().withName("Mug").withCategory("Kitchen").build());
  private final Product lamp = stored(TestProducts.aProduct().withName("Lamp").withCategory("Outdoor").build());

  private CatalogCache cache = new CatalogCache(CatalogCacheSettings.expiringAfter(TTL), clock);

  @Test
  void browse_sameQueryWithinTtl_servesTheCachedPageWithoutReadingStorage() {
    Page<Product> first = browse().browse(FIRST_PAGE);
    clock.advance(TTL.minusNanos(1));
    storage.put(lamp.withStock(0, clock.instant()));

    Page<Product> second = browse().browse(FIRST_PAGE);

    assertThat(second).isSameAs(first);
    assertThat(stockOn(second, lamp)).as("the page as read, up to ttl old").isEqualTo(lamp.stock());
    assertThat(storage.reads()).isEqualTo(1);
    assertThat(cache.statistics()).isEqualTo(new CatalogCacheStatistics(1, 1, 1, 2));
  }

  @Test
  void browse_ttlAfterTheReadBegan_readsStorageAgain() {
    browse().browse(FIRST_PAGE);
    storage.put(lamp.withStock(0, clock.instant()));
    clock.advance(TTL);

    Page<Product> fresh = browse().browse(FIRST_PAGE);

    assertThat(stockOn(fresh, lamp)).isZero();
    assertThat(storage.reads()).isEqualTo(2);
  }

  @Test
  void browse_queriesDifferingInCategoryTextLimitOrCursor_areCachedApart() {
    List<CatalogQuery> queries = List.of(
        FIRST_PAGE,
        CatalogQuery.firstPage(10),
        new CatalogQuery(Optional.of(new Category("Kitchen")), Optional.empty(), PageRequest.first(20)),
        new CatalogQuery(Optional.empty(), Optional.of("lamp"), PageRequest.first(20)),
        new CatalogQuery(Optional.empty(), Optional.empty(), PageRequest.after("cursor-2", 20)));
    queries.forEach(browse()::browse);

    assertThat(storage.reads()).isEqualTo(queries.size());
    assertThat(browse().browse(new CatalogQuery(Optional.of(new Category("Kitchen")), Optional.empty(),
        PageRequest.first(20))).items()).containsExactly(mug);
    assertThat(browse().browse(new CatalogQuery(Optional.empty(), Optional.of(" LAMP "), PageRequest.first(20)))
        .items()).as("the same query: search ignores case and surrounding spaces").containsExactly(lamp);
    assertThat(storage.reads()).isEqualTo(queries.size());
  }

  @Test
  void viewProduct_withinTtl_isServedFromTheCache() {
    Product first = view().view(mug.id());
    storage.put(mug.withStock(1, clock.instant()));

    assertThat(view().view(mug.id())).isSameAs(first);
    clock.advance(TTL);
    assertThat(view().view(mug.id()).stock()).isEqualTo(1);
    assertThat(storage.reads()).isEqualTo(2);
  }

  @Test
  void viewProduct_notFound_isNotCached() {
    ProductId coming = new ProductId("coming-soon");

    assertThatThrownBy(() -> view().view(coming)).isInstanceOf(ProductNotFoundException.class);
    storage.put(TestProducts.aProduct().withId(coming).build());

    assertThat(view().view(coming).id()).isEqualTo(coming);
    assertThat(storage.reads()).isEqualTo(2);
  }

  @Test
  void listCategories_withinTtl_isServedFromTheCache() {
    List<CategoryCount> first = categories().listCategories();
    stored(TestProducts.aProduct().withCategory("Garden").build());

    assertThat(categories().listCategories()).isEqualTo(first).hasSize(2);
    clock.advance(TTL);
    assertThat(categories().listCategories()).hasSize(3);
    assertThat(storage.reads()).isEqualTo(2);
  }

  @Test
  void productWritesThroughTheUseCases_emptyTheWholeCache() {
    warmEveryKindOfAnswer();
    Product created = createProduct().create(details("Kettle", 3));
    assertThat(browse().browse(FIRST_PAGE).items()).contains(created);
    assertThat(categories().listCategories()).hasSize(2);
    assertThat(storage.reads()).isEqualTo(3 + 2);

    warmEveryKindOfAnswer();
    updateProduct().update(mug.id(), details("Mug", 0));
    assertThat(view().view(mug.id()).stock()).isZero();
    assertThat(stockOn(browse().browse(FIRST_PAGE), mug)).isZero();

    warmEveryKindOfAnswer();
    deleteProduct().delete(lamp.id());
    assertThatThrownBy(() -> view().view(lamp.id())).isInstanceOf(ProductNotFoundException.class);
    assertThat(browse().browse(FIRST_PAGE).items()).extracting(Product::id).doesNotContain(lamp.id());
    assertThat(categories().listCategories()).extracting(c -> c.category().value()).doesNotContain("Outdoor");
  }

  @Test
  void aFailedProductWrite_stillEmptiesTheCache_asItMayHaveBeenApplied() {
    browse().browse(FIRST_PAGE);

    assertThatThrownBy(() -> deleteProduct().delete(new ProductId("missing")))
        .isInstanceOf(ProductNotFoundException.class);
    browse().browse(FIRST_PAGE);

    assertThat(storage.reads()).isEqualTo(2);
  }

  @Test
  void failedReads_areNotCached_andTheNextRequestReadsStorageAgain() {
    storage.failNextReadWith(new StorageUnavailableException("down", null));
    assertThatThrownBy(() -> browse().browse(FIRST_PAGE)).isInstanceOf(StorageUnavailableException.class);
    assertThat(browse().browse(FIRST_PAGE).items()).hasSize(2);

    CatalogQuery badCursor = new CatalogQuery(Optional.empty(), Optional.empty(), PageRequest.after("bad", 20));
    assertThatThrownBy(() -> browse().browse(badCursor)).isInstanceOf(InvalidCursorException.class);
    assertThatThrownBy(() -> browse().browse(badCursor)).isInstanceOf(InvalidCursorException.class);

    assertThat(storage.reads()).isEqualTo(4);
  }

  @Test
  void aLoadThatBeganBeforeAnInvalidation_isNotKeptForLaterRequests() throws Exception {
    FakeCatalog.Hold hold = storage.holdReads();
    var before = new Thread(() -> browse().browse(FIRST_PAGE));
    before.start();
    hold.awaitArrivals();

    cache.invalidateAll(); // an admin's write finished while the read was under way
    hold.release();
    before.join(30_000);
    storage.stopHolding();
    browse().browse(FIRST_PAGE);

    assertThat(storage.reads()).as("the request after the write read storage itself").isEqualTo(2);
  }

  @Test
  void aClockSetBack_expiresWhatWasCachedAfterIt() {
    browse().browse(FIRST_PAGE);
    clock.rewind(Duration.ofMinutes(1));

    browse().browse(FIRST_PAGE);

    assertThat(storage.reads()).isEqualTo(2);
  }

  @Test
  void off_returnsTheUseCasesUnchanged_andEveryReadGoesToStorage() {
    cache = new CatalogCache(CatalogCacheSettings.off(), clock);
    BrowseCatalogUseCase live = new BrowseCatalogService(storage);

    assertThat(cache.browseCatalog(live)).isSameAs(live);
    browse().browse(FIRST_PAGE);
    browse().browse(FIRST_PAGE);
    view().view(mug.id());
    view().view(mug.id());
    categories().listCategories();
    categories().listCategories();

    assertThat(storage.reads()).isEqualTo(6);
    assertThat(cache.statistics()).isEqualTo(new CatalogCacheStatistics(0, 0, 0, 0));
  }

  private void warmEveryKindOfAnswer() {
    browse().browse(FIRST_PAGE);
    view().view(mug.id());
    categories().listCategories();
  }

  private static int stockOn(Page<Product> page, Product product) {
    return page.items().stream().filter(p -> p.id().equals(product.id())).findFirst().orElseThrow().stock();
  }

  private Product stored(Product product) {
    storage.put(product);
    return product;
  }

  private static ProductDetails details(String name, int stock) {
    Product template = TestProducts.aProduct().withName(name).build();
    return new ProductDetails(name, template.description(), template.category(), template.price(),
        template.imageUrl(), stock);
  }

  private BrowseCatalogUseCase browse() {
    return cache.browseCatalog(new BrowseCatalogService(storage));
  }

  private ViewProductUseCase view() {
    return cache.viewProduct(new ViewProductService(storage));
  }

  private ListCategoriesUseCase categories() {
    return cache.listCategories(new ListCategoriesService(storage));
  }

  private CreateProductUseCase createProduct() {
    return cache.createProduct(new CreateProductService(storage, () -> UUID.randomUUID().toString(), clock,
        StoreSettings.usdWithoutTax()));
  }

  private UpdateProductUseCase updateProduct() {
    return cache.updateProduct(new UpdateProductService(storage, clock, StoreSettings.usdWithoutTax()));
  }

  private DeleteProductUseCase deleteProduct() {
    return cache.deleteProduct(new DeleteProductService(storage));
  }
}
