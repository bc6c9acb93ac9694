package io.cloudstore.adapter.out.persistence.inmemory;

import io.cloudstore.application.port.out.persistence.ProductSearch;
import io.cloudstore.domain.page.InvalidCursorException;
import io.cloudstore.domain.product.Product;
import io.cloudstore.domain.product.ProductId;
import java.util.Comparator;

/** A product's place in the catalog: by name ignoring case, then by id so that equal names keep an order. */
record CatalogKey(String foldedName, ProductId id) implements Comparable<CatalogKey> {
  private static final String KIND = "product|";
  private static final Comparator<CatalogKey> ORDER =
      Comparator.comparing(CatalogKey::foldedName).thenComparing(key -> key.id().value());

  static CatalogKey of(Product product) {
    return new CatalogKey(ProductSearch.fold(product.name()), product.id());
  }

  @Override
  public int compareTo(CatalogKey other) {
    return ORDER.compare(this, other);
  }

  /** The key as a cursor position. The name goes last because it may contain any separator. */
  String position() {
    return KIND + id.value() + "|" + foldedName;
  }

  /**
   * @throws InvalidCursorException if {@code position} is not a catalog position
   */
  static CatalogKey fromPosition(String position) {
    if (!position.startsWith(KIND)) {
      throw new InvalidCursorException();
    }
    String rest = position.substring(KIND.length());
    int separator = rest.indexOf('|');
    if (separator < 0) {
      throw new InvalidCursorException();
    }
    try {
      return new CatalogKey(rest.substring(separator + 1), new ProductId(rest.substring(0, separator)));
    } catch (IllegalArgumentException notAnId) {
      throw new InvalidCursorException();
    }
  }
}
