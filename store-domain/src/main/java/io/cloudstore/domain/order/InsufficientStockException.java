package io.cloudstore.domain.order;

import io.cloudstore.domain.ConflictException;
import io.cloudstore.domain.product.ProductId;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** Some lines asked for more units than the store has; nothing was taken. Names the products short. */
public final class InsufficientStockException extends ConflictException {
  private static final long serialVersionUID = 1L;

  /** A product that could not supply its line, by id and by the name the shopper saw. */
  public record ShortProduct(ProductId productId, String name) {
    public ShortProduct {
      Objects.requireNonNull(productId, "productId");
      Objects.requireNonNull(name, "name");
    }
  }

  private final transient List<ShortProduct> shortProducts;

  public InsufficientStockException(List<ShortProduct> shortProducts) {
    super(describe(shortProducts));
    this.shortProducts = List.copyOf(shortProducts);
  }

  /** The products short, among {@code lines}, those whose ids are in {@code shortIds}. */
  public static InsufficientStockException forLines(List<OrderLine> lines, Collection<ProductId> shortIds) {
    return new InsufficientStockException(
        lines.stream()
            .filter(line -> shortIds.contains(line.productId()))
            .map(line -> new ShortProduct(line.productId(), line.name()))
            .toList());
  }

  public List<ShortProduct> shortProducts() {
    return shortProducts;
  }

  private static String describe(List<ShortProduct> shortProducts) {
    return "Not enough stock for: "
        + shortProducts.stream().map(ShortProduct::name).collect(Collectors.joining(", "))
        + ". Nothing was ordered.";
  }
}
