package io.cloudstore.adapter.out.persistence.dynamodb;

import static io.cloudstore.adapter.out.persistence.dynamodb.TestData.product;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudstore.adapter.out.persistence.dynamodb.PageReader.ReadBudget;
import io.cloudstore.application.port.out.persistence.ProductRepository;
import io.cloudstore.application.port.out.persistence.ProductSearch;
import io.cloudstore.domain.page.InvalidCursorException;
import io.cloudstore.domain.page.Page;
import io.cloudstore.domain.page.PageRequest;
import io.cloudstore.domain.product.Category;
import io.cloudstore.domain.product.Product;
import io.cloudstore.domain.product.ProductId;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the DynamoDB catalog does beyond the shared {@code ProductRepositoryContract}: batch reads past
 * DynamoDB's 100-key limit, scan paging, the bounded read budget of text search, cursors bound to their
 * category, and {@code isEmpty} on a new store.
 */
class DynamoDbProductSearchIT {
  private static DynamoDbStorage storage;
  /** The same tables, read with a tiny search budget, to reach the bound without thousands of products. */
  private static DynamoDbStorage smallBudget;
  private static ProductRepository products;

  @BeforeAll
  static void createTables() {
    DynamoDbSettings settings = DynamoDbTestServer.settingsForNewPrefix("search");
    storage = DynamoDbStorage.connect(settings, DynamoDbTestServer.CURSORS, Clock.systemUTC());
    storage.createMissingTables();
    smallBudget =
        DynamoDbStorage.connect(settings, DynamoDbTestServer.CURSORS, Clock.systemUTC(), new ReadBudget(3, 2));
    products = storage.products();
  }

  @AfterAll
  static void close() {
    if (storage != null) {
      storage.close();
      smallBudget.close();
    }
  }

  @Test
  void findAllById_moreIdsThanOneBatchRequestHolds_returnsExactlyTheStoredOnes() {
    List<ProductId> stored = createProducts("batch-" + TestData.newId(), 110);
    List<ProductId> asked = new ArrayList<>(stored);
    asked.add(new ProductId(TestData.newId()));
    asked.add(stored.get(0));

    assertThat(products.findAllById(asked).keySet()).containsExactlyInAnyOrderElementsOf(stored);
  }

  @Test
  void searchWithoutCategory_pagedThroughTheWholeTable_visitsEveryProductOnce() {
    List<ProductId> created = createProducts("all-" + TestData.newId(), 5);

    List<ProductId> seen = ids(allPages(products, ProductSearch.all(), 4));

    assertThat(seen).doesNotHaveDuplicates().containsAll(created);
  }

  @Test
  void searchByText_whenTheReadBudgetIsSpent_returnsWhatItFoundAndACursorThatFindsTheRest() {
    String category = "budget-" + TestData.newId();
    IntStream.range(0, 12)
        .mapToObj(i -> product(i % 4 == 0 ? "Match " + i : "Other " + i, category, 100, 1))
        .forEach(products::create);
    ProductSearch search = new ProductSearch(Optional.of(new Category(category)), Optional.of("MATCH"));

    List<Page<Product>> pages = allPages(smallBudget.products(), search, 10);

    // each page reads at most 2 requests of 3 items: 12 items need at least two pages, some empty
    assertThat(pages).hasSizeGreaterThanOrEqualTo(2);
    assertThat(pages.stream().flatMap(p -> p.items().stream()).map(Product::name))
        .containsExactlyInAnyOrder("Match 0", "Match 4", "Match 8");
  }

  @Test
  void search_cursorOfAnotherCategoryOrOfTheWholeCatalog_throwsInvalidCursor() {
    String category = "mine-" + TestData.newId();
    createProducts(category, 3);
    String categoryCursor = products.search(inCategory(category), PageRequest.first(1)).nextCursor().orElseThrow();
    String catalogCursor = products.search(ProductSearch.all(), PageRequest.first(1)).nextCursor().orElseThrow();

    assertThatThrownBy(() -> products.search(inCategory("other"), PageRequest.after(categoryCursor, 1)))
        .isInstanceOf(InvalidCursorException.class);
    assertThatThrownBy(() -> products.search(ProductSearch.all(), PageRequest.after(categoryCursor, 1)))
        .isInstanceOf(InvalidCursorException.class);
    assertThatThrownBy(() -> products.search(inCategory(category), PageRequest.after(catalogCursor, 1)))
        .isInstanceOf(InvalidCursorException.class);
  }

  @Test
  void isEmpty_onNewTables_isTrueUntilTheFirstProduct() {
    try (DynamoDbStorage fresh = DynamoDbTestServer.newStorage("empty")) {
      assertThat(fresh.products().isEmpty()).isTrue();

      fresh.products().create(product("First", "first", 100, 1));

      assertThat(fresh.products().isEmpty()).isFalse();
    }
  }

  private static ProductSearch inCategory(String category) {
    return new ProductSearch(Optional.of(new Category(category)), Optional.empty());
  }

  private static List<ProductId> createProducts(String category, int count) {
    List<ProductId> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Product p = product("Product " + i, category, 100 + i, i);
      products.create(p);
      ids.add(p.id());
    }
    return ids;
  }

  private static List<Page<Product>> allPages(ProductRepository repository, ProductSearch search, int limit) {
    List<Page<Product>> pages = new ArrayList<>();
    Page<Product> page = repository.search(search, PageRequest.first(limit));
    pages.add(page);
    while (page.nextCursor().isPresent()) {
      assertThat(page.items()).hasSizeLessThanOrEqualTo(limit);
      page = repository.search(search, PageRequest.after(page.nextCursor().get(), limit));
      pages.add(page);
    }
    return pages;
  }

  private static List<ProductId> ids(List<Page<Product>> pages) {
    return pages.stream().flatMap(p -> p.items().stream()).map(Product::id).toList();
  }
}
