package io.cloudstore.bootstrap.ops;

import io.cloudstore.application.port.out.persistence.ProductRepository;
import io.cloudstore.application.port.out.persistence.ProductSearch;
import io.cloudstore.application.port.out.persistence.StorageUnavailableException;
import io.cloudstore.domain.FieldError;
import io.cloudstore.domain.ValidationException;
import io.cloudstore.domain.page.Page;
import io.cloudstore.domain.page.PageRequest;
import io.cloudstore.domain.product.Category;
import io.cloudstore.domain.product.Product;
import io.cloudstore.domain.product.ProductDetails;
import io.cloudstore.domain.product.ProductId;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Puts the products of an import file into the catalog, validating each row on its own, and never creating
 * a product twice, so running the same file again creates nothing new.
 *
 * <p>The key of a product: its {@code id} (or {@code sku}, the same thing) when the row has one, used as the
 * product id; otherwise its category and name (the name ignoring case and surrounding spaces). A row whose
 * key is already in the store is left alone, even if its other values differ: an import never overwrites
 * prices or stock that changed since. Two rows of one file with the same key are an error on the second.
 */
public final class ProductImport {
  private final ProductRepository products;
  private final Currency currency;
  private final Clock clock;
  private final Supplier<String> newIds;
  /** Folded names per category already in the store, read once per category. */
  private final Map<Category, Set<String>> storedNames = new HashMap<>();

  /** @param newIds makes the ids of products whose row has none */
  public ProductImport(ProductRepository products, Currency currency, Clock clock, Supplier<String> newIds) {
    this.products = Objects.requireNonNull(products, "products");
    this.currency = Objects.requireNonNull(currency, "currency");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.newIds = Objects.requireNonNull(newIds, "newIds");
  }

  /**
   * @param earlierErrors rows rejected while reading the file, reported with the others
   * @param dryRun check and count everything, change nothing
   * @throws ImportStoppedException if storage fails; rows before that one are imported
   */
  public ImportReport run(List<ProductRecord> records, List<RowError> earlierErrors, boolean dryRun) {
    List<RowError> errors = new ArrayList<>(earlierErrors);
    Map<String, String> firstRowOfKey = new HashMap<>();
    int created = 0;
    int alreadyPresent = 0;
    for (ProductRecord record : records) {
      List<RowError> rowErrors = new ArrayList<>();
      Optional<ValidRow> row = validate(record, rowErrors);
      if (row.isPresent()) {
        String earlier = firstRowOfKey.putIfAbsent(row.get().key(), record.location());
        if (earlier != null) {
          rowErrors.add(new RowError(
              record.row(), record.location(), row.get().keyField(), "the same product as " + earlier));
        }
      }
      if (!rowErrors.isEmpty()) {
        errors.addAll(rowErrors);
        continue;
      }
      try {
        if (isStored(row.get())) {
          alreadyPresent++;
        } else {
          if (!dryRun) {
            create(row.get());
          }
          created++;
        }
      } catch (StorageUnavailableException e) {
        throw new ImportStoppedException(new ImportReport(created, alreadyPresent, errors), e);
      }
    }
    errors.sort(Comparator.comparingInt(RowError::row));
    return new ImportReport(created, alreadyPresent, errors);
  }

  private Optional<ValidRow> validate(ProductRecord record, List<RowError> errors) {
    Optional<String> id = record.value("id");
    Optional<String> sku = record.value("sku");
    if (id.isPresent() && sku.isPresent() && !id.equals(sku)) {
      errors.add(new RowError(record.row(), record.location(), "sku", "differs from id; give one of them"));
    }
    Optional<ProductId> productId = Optional.empty();
    String keyField = id.isPresent() ? "id" : "sku";
    Optional<String> key = id.or(() -> sku);
    if (key.isPresent()) {
      try {
        productId = Optional.of(new ProductId(key.get()));
      } catch (ValidationException e) {
        errors.add(new RowError(
            record.row(), record.location(), keyField, "must be 1 to 64 letters, digits, '-' or '_'"));
      }
    }
    Long price = whole(record, "price", errors);
    Long stock = whole(record, "stock", errors);
    if (stock != null && (stock < Integer.MIN_VALUE || stock > Integer.MAX_VALUE)) {
      errors.add(new RowError(
          record.row(), record.location(), "stock", "must be between 0 and " + ProductDetails.MAX_STOCK));
      stock = null;
    }
    ProductDetails details = null;
    try {
      details = ProductDetails.parse(
          record.value("name").orElse(null),
          record.value("description").orElse(null),
          record.value("category").orElse(null),
          price,
          currency,
          record.value("imageUrl").orElse(null),
          stock == null ? null : stock.intValue());
    } catch (ValidationException e) {
      for (FieldError error : e.errors()) {
        boolean alreadyReported = errors.stream().anyMatch(r -> r.field().equals(error.field()));
        if (!alreadyReported) {
          errors.add(new RowError(record.row(), record.location(), error.field(), error.message()));
        }
      }
    }
    if (!errors.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new ValidRow(productId, details, productId.isPresent() ? keyField : "name"));
  }

  /** A whole number, or null (after recording why) when the value is missing or not one. */
  private static Long whole(ProductRecord record, String field, List<RowError> errors) {
    Optional<String> value = record.value(field);
    if (value.isEmpty()) {
      return null; // ProductDetails.parse reports "is required"
    }
    try {
      return Long.parseLong(value.get());
    } catch (NumberFormatException e) {
      String hint = field.equals("price") ? " of minor units (cents), such as 1250 for 12.50" : "";
      errors.add(new RowError(record.row(), record.location(), field, "must be a whole number" + hint));
      return null;
    }
  }

  private boolean isStored(ValidRow row) {
    if (row.id().isPresent()) {
      return products.findById(row.id().get()).isPresent();
    }
    return namesIn(row.details().category()).contains(fold(row.details().name()));
  }

  private void create(ValidRow row) {
    ProductId id = row.id().orElseGet(() -> new ProductId(newIds.get()));
    products.create(Product.create(id, row.details(), clock.instant()));
    if (row.id().isEmpty()) {
      namesIn(row.details().category()).add(fold(row.details().name()));
    }
  }

  private Set<String> namesIn(Category category) {
    return storedNames.computeIfAbsent(category, this::readNames);
  }

  private Set<String> readNames(Category category) {
    Set<String> names = new HashSet<>();
    ProductSearch inCategory = new ProductSearch(Optional.of(category), Optional.empty());
    PageRequest request = PageRequest.first(PageRequest.MAX_LIMIT);
    while (true) {
      Page<Product> page = products.search(inCategory, request);
      page.items().forEach(product -> names.add(fold(product.name())));
      if (page.nextCursor().isEmpty()) {
        return names;
      }
      request = PageRequest.after(page.nextCursor().get(), PageRequest.MAX_LIMIT);
    }
  }

  private static String fold(String name) {
    return ProductSearch.fold(name.strip());
  }

  private record ValidRow(Optional<ProductId> id, ProductDetails details, String keyField) {
    /** Equal for rows that mean the same product. */
    String key() {
      return id.map(i -> "id:" + i.value())
          .orElseGet(() -> "name:" + details.category().value() + "\n" + fold(details.name()));
    }
  }
}
