package io.cloudstore.application.port.out.persistence;

import static io.cloudstore.application.port.out.persistence.StoredAggregates.assertSameProduct;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudstore.domain.fixtures.TestIds;
import io.cloudstore.domain.fixtures.TestOrders;
import io.cloudstore.domain.fixtures.TestProducts;
import io.cloudstore.domain.fixtures.TestTimes;
import io.cloudstore.domain.page.InvalidCursorException;
import io.cloudstore.domain.page.Page;
import io.cloudstore.domain.page.PageRequest;
import io.cloudstore.domain.product.Category;
import io.cloudstore.domain.product.CategoryCount;
import io.cloudstore.domain.product.Product;
import io.cloudstore.domain.product.ProductDetails;
import io.cloudstore.domain.product.ProductId;
import io.cloudstore.domain.user.UserId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ProductRepository} promises. Extend it once per storage adapter. Listing tests work in
 * a category or with a search word of their own, so products of other tests never show up in them.
 */
public abstract class ProductRepositoryContract extends StorageContract {

  @Test
  void create_newProduct_isFoundWithEveryFieldAtVersionZero() {
    Product mug = TestProducts.aProduct().withName("Mug").withDescription("Blue").withStock(7).build();

    products().create(mug);

    Product stored = products().findById(mug.id()).orElseThrow();
    assertSameProduct(stored, mug);
    assertThat(stored.version()).isZero();
  }

  @Test
  void findById_unknownId_returnsEmpty() {
    assertThat(products().findById(TestIds.productId())).isEmpty();
  }

  @Test
  void isEmpty_afterAProductWasCreated_isFalse() {
    products().create(TestProducts.product());

    assertThat(products().isEmpty()).isFalse();
  }

  @Test
  void findAllById_someIdsUnknown_returnsOnlyTheExistingProducts() {
    Product mug = stored(TestProducts.aProduct().withName("Mug"));
    Product cup = stored(TestProducts.aProduct().withName("Cup"));
    ProductId unknown = TestIds.productId();

    Map<ProductId, Product> found = products().findAllById(List.of(mug.id(), unknown, cup.id()));

    assertThat(found).containsOnlyKeys(mug.id(), cup.id());
    assertSameProduct(found.get(mug.id()), mug);
    assertSameProduct(found.get(cup.id()), cup);
  }

  @Test
  void findAllById_noIds_returnsAnEmptyMap() {
    assertThat(products().findAllById(List.of())).isEmpty();
  }

  @Test
  void update_atTheStoredVersion_replacesEveryFieldAndIncrementsTheVersion() {
    Product mug = stored(TestProducts.aProduct().withName("Mug"));
    Product read = products().findById(mug.id()).orElseThrow();
    ProductDetails newDetails =
        TestProducts.aProduct().withName("Big mug").withDescription("Now 500 ml").withCategory("Camping")
            .withPrice(1999).withImageUrl("https://img.example.com/mug.png").withStock(3).details();
    Product changed = read.update(newDetails, TestTimes.secondsAfterT0(60));

    products().update(changed);

    Product stored = products().findById(mug.id()).orElseThrow();
    assertSameProduct(stored, changed);
    assertThat(stored.createdAt()).isEqualTo(mug.createdAt());
    assertThat(stored.version()).isEqualTo(read.version() + 1);
  }

  @Test
  void update_fromAStaleRead_throwsConcurrentUpdateAndKeepsTheNewerChange() {
    Product mug = stored(TestProducts.aProduct().withPrice(1000));
    Product firstRead = products().findById(mug.id()).orElseThrow();
    Product secondRead = products().findById(mug.id()).orElseThrow();
    products().update(firstRead.update(detailsOf(firstRead).withPrice(1100).details(), TestTimes.T0));

    Product stale = secondRead.update(detailsOf(secondRead).withPrice(900).details(), TestTimes.T0);

    assertThatThrownBy(() -> products().update(stale)).isInstanceOf(ConcurrentUpdateException.class);
    Product stored = products().findById(mug.id()).orElseThrow();
    assertThat(stored.price().amount()).isEqualTo(1100);
    assertThat(stored.version()).isEqualTo(1);
  }

  @Test
  void update_deletedProduct_throwsConcurrentUpdateAndDoesNotBringItBack() {
    Product mug = stored(TestProducts.aProduct());
    Product read = products().findById(mug.id()).orElseThrow();
    products().delete(mug.id());

    Product changed = read.update(detailsOf(read).withStock(99).details(), TestTimes.T0);

    assertThatThrownBy(() -> products().update(changed)).isInstanceOf(ConcurrentUpdateException.class);
    assertThat(products().findById(mug.id())).isEmpty();
  }

  @Test
  void update_movingAProductToAnotherCategory_movesItBetweenListingsAndCounts() {
    String from = uniqueCategory();
    String to = uniqueCategory();
    Product mug = stored(TestProducts.aProduct().withCategory(from));
    stored(TestProducts.aProduct().withCategory(from));
    Product read = products().findById(mug.id()).orElseThrow();

    products().update(read.update(detailsOf(read).withCategory(to).details(), TestTimes.T0));

    assertThat(ids(everyPage(inCategory(from), 10))).doesNotContain(mug.id()).hasSize(1);
    assertThat(ids(everyPage(inCategory(to), 10))).containsExactly(mug.id());
    assertThat(products().countByCategory())
        .contains(new CategoryCount(new Category(from), 1), new CategoryCount(new Category(to), 1));
  }

  @Test
  void update_renamingAProduct_makesTextSearchFindTheNewNameOnly() {
    String oldWord = uniqueWord();
    String newWord = uniqueWord();
    Product mug = stored(TestProducts.aProduct().withName("Mug " + oldWord).withDescription("plain"));
    Product read = products().findById(mug.id()).orElseThrow();

    products().update(read.update(detailsOf(read).withName("Mug " + newWord).details(), TestTimes.T0));

    assertThat(everyPage(matching(oldWord), 10)).isEmpty();
    assertThat(ids(everyPage(matching(newWord), 10))).containsExactly(mug.id());
  }

  @Test
  void update_newDescription_makesTextSearchFindTheNewWordsOnly_andAStockChangeKeepsThem() {
    String oldWord = uniqueWord();
    String newWord = uniqueWord();
    Product mug = stored(TestProducts.aProduct().withName("Mug").withDescription("Glazed " + oldWord));
    Product read = products().findById(mug.id()).orElseThrow();

    products().update(read.update(detailsOf(read).withDescription("Matte " + newWord).details(), TestTimes.T0));
    restock(mug.id(), 3);

    assertThat(everyPage(matching(oldWord), 10)).isEmpty();
    assertThat(ids(everyPage(matching(newWord.toUpperCase(java.util.Locale.ROOT)), 10))).containsExactly(mug.id());
  }

  @Test
  void delete_existingProduct_returnsTrueAndRemovesItFromLookupsAndListings() {
    String category = uniqueCategory();
    Product mug = stored(TestProducts.aProduct().withCategory(category));
    Product cup = stored(TestProducts.aProduct().withCategory(category));

    assertThat(products().delete(mug.id())).isTrue();

    assertThat(products().findById(mug.id())).isEmpty();
    assertThat(products().findAllById(List.of(mug.id(), cup.id()))).containsOnlyKeys(cup.id());
    assertThat(ids(everyPage(inCategory(category), 10))).containsExactly(cup.id());
  }

  @Test
  void delete_unknownProduct_returnsFalse() {
    assertThat(products().delete(TestIds.productId())).isFalse();
  }

  @Test
  void delete_sameProductTwice_returnsFalseTheSecondTime() {
    Product mug = stored(TestProducts.aProduct());

    assertThat(products().delete(mug.id())).isTrue();
    assertThat(products().delete(mug.id())).isFalse();
  }

  @Test
  void search_byCategory_returnsOnlyThatCategoryMatchedExactly() {
    String category = uniqueCategory();
    Product inIt = stored(TestProducts.aProduct().withCategory(category));
    stored(TestProducts.aProduct().withCategory(category.toUpperCase()));
    stored(TestProducts.aProduct().withCategory(category + "-other"));

    assertThat(ids(everyPage(inCategory(category), 10))).containsExactly(inIt.id());
  }

  @Test
  void search_byText_matchesNameOrDescriptionIgnoringCase() {
    String word = uniqueWord();
    Product byName = stored(TestProducts.aProduct().withName("Blue " + word + " mug").withDescription("plain"));
    Product byDescription =
        stored(TestProducts.aProduct().withName("Plate").withDescription("Goes with the " + word.toUpperCase()));
    stored(TestProducts.aProduct().withName("Bowl").withDescription("nothing to see"));

    List<Product> found = everyPage(matching(mixedCase(word)), 10);

    assertThat(ids(found)).containsExactlyInAnyOrder(byName.id(), byDescription.id());
  }

  @Test
  void search_byTextPartOfAWord_findsTheProduct() {
    String word = uniqueWord();
    Product mug = stored(TestProducts.aProduct().withName("Mug" + word + "ish"));

    assertThat(ids(everyPage(matching(word.substring(2, 12)), 10))).contains(mug.id());
  }

  @Test
  void search_byCategoryAndText_returnsOnlyProductsMatchingBoth() {
    String category = uniqueCategory();
    String word = uniqueWord();
    Product both = stored(TestProducts.aProduct().withCategory(category).withName("Mug " + word));
    stored(TestProducts.aProduct().withCategory(category).withName("Plate"));
    stored(TestProducts.aProduct().withCategory(uniqueCategory()).withName("Mug " + word));

    ProductSearch search = new ProductSearch(Optional.of(new Category(category)), Optional.of(word));

    assertThat(ids(everyPage(search, 10))).containsExactly(both.id());
  }

  @Test
  void search_returnsProductsWithTheirStoredFieldsAndVersion() {
    String category = uniqueCategory();
    Product mug = stored(TestProducts.aProduct().withCategory(category));
    Product read = products().findById(mug.id()).orElseThrow();
    Product changed = read.update(detailsOf(read).withStock(2).withPrice(990).details(), TestTimes.T0);
    products().update(changed);

    Product listed = everyPage(inCategory(category), 10).get(0);

    assertSameProduct(listed, changed);
    assertThat(listed.version()).isEqualTo(1);
  }

  @Test
  void search_emptyCategory_returnsAnEmptyLastPage() {
    Page<Product> page = products().search(inCategory(uniqueCategory()), PageRequest.first(10));

    assertThat(page.items()).isEmpty();
    assertThat(page.nextCursor()).isEmpty();
  }

  @Test
  void search_pagingThroughACategory_visitsEveryProductOnceInAnOrderThatDoesNotDependOnPageSize() {
    String category = uniqueCategory();
    List<ProductId> created = new ArrayList<>();
    for (String name : List.of("Delta", "alpha", "Charlie", "bravo", "Echo", "alpha", "foxtrot")) {
      created.add(stored(TestProducts.aProduct().withCategory(category).withName(name)).id());
    }

    List<ProductId> inOnePage = ids(everyPage(inCategory(category), 100));
    List<ProductId> byThree = ids(everyPage(inCategory(category), 3));
    List<ProductId> byOne = ids(everyPage(inCategory(category), 1));

    assertThat(inOnePage).containsExactlyInAnyOrderElementsOf(created);
    assertThat(byThree).isEqualTo(inOnePage);
    assertThat(byOne).isEqualTo(inOnePage);
  }

  @Test
  void search_pageSize_isRespectedAndTheLastExactlyFullPageHasNoCursor() {
    String category = uniqueCategory();
    for (int i = 0; i < 4; i++) {
      stored(TestProducts.aProduct().withCategory(category).withName("Item " + i));
    }

    Page<Product> first = products().search(inCategory(category), PageRequest.first(2));
    Page<Product> second =
        products().search(inCategory(category), PageRequest.after(first.nextCursor().orElseThrow(), 2));
    Page<Product> whole = products().search(inCategory(category), PageRequest.first(4));

    assertThat(first.items()).hasSize(2);
    assertThat(second.items()).hasSize(2);
    assertThat(second.nextCursor()).as("cursor after the last page").isEmpty();
    assertThat(whole.items()).hasSize(4);
    assertThat(whole.nextCursor()).as("cursor after a single full page").isEmpty();
  }

  @Test
  void search_textSearchPagedOneByOne_findsEveryMatchOnce() {
    String category = uniqueCategory();
    String word = uniqueWord();
    List<ProductId> matches = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      String name = i % 2 == 0 ? "Mug " + word + " " + i : "Plate " + i;
      Product product = stored(TestProducts.aProduct().withCategory(category).withName(name));
      if (i % 2 == 0) {
        matches.add(product.id());
      }
    }

    ProductSearch search = new ProductSearch(Optional.of(new Category(category)), Optional.of(word));

    assertThat(ids(everyPage(search, 1))).containsExactlyInAnyOrderElementsOf(matches).doesNotHaveDuplicates();
    assertThat(ids(everyPage(matching(word), 1))).containsExactlyInAnyOrderElementsOf(matches);
  }

  @Test
  void search_productsAddedChangedAndDeletedBetweenPages_visitsEveryProductThatExistedThroughoutExactlyOnce() {
    String category = uniqueCategory();
    List<Product> original = new ArrayList<>();
    for (String name : List.of("Kilo", "Bravo", "Lima", "Echo", "alpha", "Hotel", "Golf", "India", "Juliet")) {
      original.add(stored(TestProducts.aProduct().withCategory(category).withName(name)));
    }
    List<ProductId> storeOrder = ids(everyPage(inCategory(category), 100));
    Page<Product> firstPage = products().search(inCategory(category), PageRequest.first(3));
    assertThat(ids(firstPage.items())).isEqualTo(storeOrder.subList(0, 3));

    ProductId lastSeen = storeOrder.get(2);
    ProductId unseenDeleted = storeOrder.get(5);
    products().delete(lastSeen);
    products().delete(unseenDeleted);
    restock(storeOrder.get(0), 1);
    restock(storeOrder.get(4), 2);
    List<ProductId> added = new ArrayList<>();
    for (String name : List.of("Aardvark", "Indigo", "Zulu")) {
      added.add(stored(TestProducts.aProduct().withCategory(category).withName(name)).id());
    }
    List<Product> rest =
        Paging.collectFrom(
            request -> products().search(inCategory(category), request),
            PageRequest.after(firstPage.nextCursor().orElseThrow(), 3));

    List<ProductId> visited = new ArrayList<>(ids(firstPage.items()));
    visited.addAll(ids(rest));
    List<ProductId> existedThroughout = new ArrayList<>(ids(original));
    existedThroughout.removeAll(List.of(lastSeen, unseenDeleted));
    assertThat(visited).doesNotHaveDuplicates().containsAll(existedThroughout).doesNotContain(unseenDeleted);
    assertThat(ids(rest)).doesNotContainAnyElementsOf(ids(firstPage.items()));
    assertThat(added).containsAll(
        visited.stream().filter(id -> !ids(original).contains(id)).toList());
  }

  @Test
  void search_tamperedCursor_throwsInvalidCursor() {
    String cursor = cursorOfAFirstPage();

    assertThatThrownBy(
            () -> products().search(ProductSearch.all(), PageRequest.after(Paging.tampered(cursor), 2)))
        .isInstanceOf(InvalidCursorException.class);
  }

  @Test
  void search_cursorWithATruncatedEnd_throwsInvalidCursor() {
    String cursor = cursorOfAFirstPage();
    String truncated = cursor.substring(0, cursor.length() - 2);

    assertThatThrownBy(() -> products().search(ProductSearch.all(), PageRequest.after(truncated, 2)))
        .isInstanceOf(InvalidCursorException.class);
  }

  @Test
  void search_cursorThatWasNeverIssued_throwsInvalidCursor() {
    for (String garbage : List.of("not-a-cursor", "eyJpZCI6IngifQ", "a.b", "....", "%00")) {
      assertThatThrownBy(() -> products().search(ProductSearch.all(), PageRequest.after(garbage, 2)))
          .as(garbage)
          .isInstanceOf(InvalidCursorException.class);
    }
  }

  @Test
  void search_cursorFromTheOrderHistory_throwsInvalidCursor() {
    Product mug = stored(TestProducts.aProduct().withStock(5));
    UserId buyer = TestIds.userId();
    orders().placeOrder(
        TestOrders.anOrder().forUser(buyer).withLine(mug, 1).placedAt(TestTimes.secondsAfterT0(1)).build(),
        Optional.empty());
    orders().placeOrder(
        TestOrders.anOrder().forUser(buyer).withLine(mug, 1).placedAt(TestTimes.secondsAfterT0(2)).build(),
        Optional.empty());
    String orderCursor = orders().findByUser(buyer, PageRequest.first(1)).nextCursor().orElseThrow();

    assertThatThrownBy(() -> products().search(ProductSearch.all(), PageRequest.after(orderCursor, 2)))
        .isInstanceOf(InvalidCursorException.class);
  }

  @Test
  void countByCategory_countsTheProductsOfEveryCategorySortedByName() {
    String base = uniqueCategory();
    Category first = new Category(base + "-a");
    Category second = new Category(base + "-b");
    stored(TestProducts.aProduct().withCategory(second));
    stored(TestProducts.aProduct().withCategory(first));
    stored(TestProducts.aProduct().withCategory(second));

    List<CategoryCount> counts = products().countByCategory();

    assertThat(counts).containsSubsequence(new CategoryCount(first, 1), new CategoryCount(second, 2));
    assertThat(counts).isSortedAccordingTo(Comparator.comparing(count -> count.category().value()));
    assertThat(counts).extracting(CategoryCount::category).doesNotHaveDuplicates();
  }

  @Test
  void countByCategory_categoryWhoseLastProductWasDeleted_isNotListed() {
    Category category = new Category(uniqueCategory());
    Product only = stored(TestProducts.aProduct().withCategory(category));

    products().delete(only.id());

    assertThat(products().countByCategory()).extracting(CategoryCount::category).doesNotContain(category);
  }

  private Product stored(TestProducts.Builder product) {
    Product built = product.build();
    products().create(built);
    return built;
  }

  private void restock(ProductId id, int stock) {
    Product read = products().findById(id).orElseThrow();
    products().update(read.update(detailsOf(read).withStock(stock).details(), TestTimes.T0));
  }

  private String cursorOfAFirstPage() {
    String category = uniqueCategory();
    for (int i = 0; i < 3; i++) {
      stored(TestProducts.aProduct().withCategory(category));
    }
    return products().search(inCategory(category), PageRequest.first(2)).nextCursor().orElseThrow();
  }

  private List<Product> everyPage(ProductSearch search, int limit) {
    return Paging.collectAll(request -> products().search(search, request), limit);
  }

  /** A builder holding {@code product}'s current details, for changing one of them. */
  private static TestProducts.Builder detailsOf(Product product) {
    return TestProducts.aProduct()
        .withName(product.name())
        .withDescription(product.description())
        .withCategory(product.category())
        .withPrice(product.price())
        .withImageUrl(product.imageUrl().value())
        .withStock(product.stock());
  }

  private static List<ProductId> ids(List<Product> products) {
    return products.stream().map(Product::id).toList();
  }

  private static ProductSearch inCategory(String category) {
    return new ProductSearch(Optional.of(new Category(category)), Optional.empty());
  }

  private static ProductSearch matching(String text) {
    return new ProductSearch(Optional.empty(), Optional.of(text));
  }

  /** A category no other test (or earlier run against the same table) uses. */
  private static String uniqueCategory() {
    return "cat-" + UUID.randomUUID();
  }

  /** A search word that appears in no product but the ones a test makes with it. */
  private static String uniqueWord() {
    return "w" + UUID.randomUUID().toString().replace("-", "");
  }

  private static String mixedCase(String word) {
    StringBuilder mixed = new StringBuilder(word.length());
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      mixed.append(i % 2 == 0 ? Character.toUpperCase(c) : c);
    }
    return mixed.toString();
  }
}
