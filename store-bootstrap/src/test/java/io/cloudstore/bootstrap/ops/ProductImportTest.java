package io.cloudstore.bootstrap.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudstore.adapter.out.persistence.inmemory.InMemoryStorage;
import io.cloudstore.application.port.out.persistence.PageCursorCodec;
import io.cloudstore.application.port.out.persistence.ProductRepository;
import io.cloudstore.application.port.out.persistence.ProductSearch;
import io.cloudstore.application.port.out.persistence.StorageUnavailableException;
import io.cloudstore.domain.fixtures.TestProducts;
import io.cloudstore.domain.page.PageRequest;
import io.cloudstore.domain.product.Product;
import io.cloudstore.domain.product.ProductId;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ProductImportTest {
  private static final Currency USD = Currency.getInstance("USD");

  private final ProductRepository products =
      new InMemoryStorage(new PageCursorCodec(new byte[32]), Clock.systemUTC()).products();
  private final ProductImport productImport = importInto(products);

  @Test
  void run_createsEveryValidProduct_withTheGivenIdOrANewOne() {
    ImportReport report = productImport.run(List.of(
        row(1, "id", "mug-1", "name", "Mug", "category", "Kitchen", "price", "1250", "stock", "10"),
        row(2, "name", "Pan", "category", "Kitchen", "price", "4500", "stock", "3", "description", "Cast iron")),
        List.of(), false);

    assertThat(report).isEqualTo(new ImportReport(2, 0, List.of()));
    Product mug = products.findById(new ProductId("mug-1")).orElseThrow();
    assertThat(mug.price().amount()).isEqualTo(1250);
    assertThat(mug.price().currency()).isEqualTo(USD);
    assertThat(names()).containsExactlyInAnyOrder("Mug", "Pan");
  }

  @Test
  void run_theSameRowsAgain_createNothingNew_andLeaveChangedProductsAlone() {
    List<ProductRecord> rows = List.of(
        row(1, "sku", "mug-1", "name", "Mug", "category", "Kitchen", "price", "1250", "stock", "10"),
        row(2, "name", "Pan", "category", "Kitchen", "price", "4500", "stock", "3"));
    productImport.run(rows, List.of(), false);
    Product mug = products.findById(new ProductId("mug-1")).orElseThrow();
    products.update(mug.withStock(2, mug.updatedAt())); // sold since the first import

    ImportReport again = importInto(products).run(rows, List.of(), false);

    assertThat(again).isEqualTo(new ImportReport(0, 2, List.of()));
    assertThat(names()).hasSize(2);
    assertThat(products.findById(new ProductId("mug-1")).orElseThrow().stock()).isEqualTo(2);
  }

  @Test
  void run_withoutId_knowsAProductByCategoryAndNameIgnoringCase() {
    products.create(TestProducts.aProduct().withName("Enamel Mug").withCategory("Kitchen").build());

    ImportReport report = productImport.run(List.of(
        row(1, "name", "  enamel MUG ", "category", "Kitchen", "price", "1250", "stock", "10"),
        row(2, "name", "Enamel Mug", "category", "Camping", "price", "1250", "stock", "10")), List.of(), false);

    assertThat(report.created()).isEqualTo(1);
    assertThat(report.alreadyPresent()).isEqualTo(1);
  }

  @Test
  void run_invalidRows_areReportedPerFieldAndTheOthersImported() {
    ImportReport report = productImport.run(List.of(
        row(1, "name", "Mug", "category", "Kitchen", "price", "12.50", "stock", "10"),
        row(2, "name", "Pan", "category", "Kitchen", "price", "4500", "stock", "3"),
        row(3, "category", "Kitchen", "price", "0", "stock", "-1", "imageUrl", "ftp://x"),
        row(4, "id", "not an id!", "name", "Bowl", "category", "Kitchen", "price", "900", "stock", "1")),
        List.of(new RowError(5, "row 5", "colour", "is not a product field")), false);

    assertThat(report.created()).isEqualTo(1);
    assertThat(report.rejectedRows()).isEqualTo(4);
    assertThat(report.errors()).extracting(RowError::toString).containsExactly(
        "row 1: price: must be a whole number of minor units (cents), such as 1250 for 12.50",
        "row 3: name: is required",
        "row 3: imageUrl: must be an http(s) URL or a path starting with /",
        "row 3: price: must be between 1 and 100000000000 (minor units)",
        "row 3: stock: must be between 0 and 1000000000",
        "row 4: id: must be 1 to 64 letters, digits, '-' or '_'",
        "row 5: colour: is not a product field");
    assertThat(names()).containsExactly("Pan");
  }

  @Test
  void run_twoRowsWithOneKey_rejectTheSecond() {
    ImportReport report = productImport.run(List.of(
        row(1, "id", "mug-1", "name", "Mug", "category", "Kitchen", "price", "1250", "stock", "10"),
        row(2, "sku", "mug-1", "name", "Big mug", "category", "Kitchen", "price", "1450", "stock", "10"),
        row(3, "name", "Pan", "category", "Kitchen", "price", "4500", "stock", "3"),
        row(4, "name", "PAN", "category", "Kitchen", "price", "4500", "stock", "3")), List.of(), false);

    assertThat(report.created()).isEqualTo(2);
    assertThat(report.errors()).extracting(RowError::toString).containsExactly(
        "row 2: sku: the same product as row 1", "row 4: name: the same product as row 3");
  }

  @Test
  void dryRun_countsWhatWouldBeCreated_andWritesNothing() {
    ImportReport report = productImport.run(List.of(
        row(1, "name", "Mug", "category", "Kitchen", "price", "1250", "stock", "10")), List.of(), true);

    assertThat(report.created()).isEqualTo(1);
    assertThat(products.isEmpty()).isTrue();
  }

  @Test
  void storageFailure_stopsTheImport_reportingWhatWasDoneBefore() {
    ProductRepository failingOnPan = (ProductRepository) Proxy.newProxyInstance(
        getClass().getClassLoader(), new Class<?>[] {ProductRepository.class}, (proxy, method, args) -> {
          if (method.getName().equals("create") && ((Product) args[0]).name().equals("Pan")) {
            throw new StorageUnavailableException("DynamoDB did not answer", null);
          }
          return method.invoke(products, args);
        });

    assertThatThrownBy(() -> importInto(failingOnPan).run(List.of(
        row(1, "name", "Mug", "category", "Kitchen", "price", "1250", "stock", "10"),
        row(2, "name", "Pan", "category", "Kitchen", "price", "4500", "stock", "3")), List.of(), false))
        .isInstanceOfSatisfying(ImportStoppedException.class, e -> assertThat(e.soFar().created()).isEqualTo(1));
  }

  private static ProductImport importInto(ProductRepository repository) {
    return new ProductImport(repository, USD, Clock.systemUTC(), () -> UUID.randomUUID().toString());
  }

  private List<String> names() {
    return products.search(ProductSearch.all(), PageRequest.first(100)).items().stream().map(Product::name).toList();
  }

  private static ProductRecord row(int row, String... fieldsAndValues) {
    Map<String, String> values = new HashMap<>();
    for (int i = 0; i < fieldsAndValues.length; i += 2) {
      values.put(fieldsAndValues[i], fieldsAndValues[i + 1]);
    }
    return new ProductRecord(row, "row " + row, values);
  }
}
