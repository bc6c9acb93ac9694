package io.cloudstore.adapter.out.persistence.inmemory;

import io.cloudstore.application.port.out.persistence.PriceChangedException;
import io.cloudstore.domain.order.InsufficientStockException;
import io.cloudstore.domain.order.OrderLine;
import io.cloudstore.domain.product.Product;
import io.cloudstore.domain.product.ProductId;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Works out the products' new stock for a checkout or a cancellation without storing anything, so that a
 * caller can check every line first and then store all changes or none. Every change is a new version.
 */
final class StockChanges {
  private final ProductTable products;
  private final Clock clock;

  StockChanges(ProductTable products, Clock clock) {
    this.products = products;
    this.clock = clock;
  }

  /**
   * The lines' products with their units taken.
   *
   * @throws InsufficientStockException naming every line whose product is gone or has too few units
   * @throws PriceChangedException if every line can be supplied but some price is not the line's
   */
  List<Product> afterTaking(List<OrderLine> lines) {
    List<ProductId> shortIds = new ArrayList<>();
    List<ProductId> repricedIds = new ArrayList<>();
    List<Product> taken = new ArrayList<>(lines.size());
    for (OrderLine line : lines) {
      Optional<Product> product = products.get(line.productId());
      if (product.isEmpty() || !product.get().canSupply(line.quantity())) {
        shortIds.add(line.productId());
      } else if (!product.get().price().equals(line.unitPrice())) {
        repricedIds.add(line.productId());
      } else {
        taken.add(withStock(product.get(), product.get().stock() - line.quantity().value()));
      }
    }
    if (!shortIds.isEmpty()) {
      throw InsufficientStockException.forLines(lines, shortIds);
    }
    if (!repricedIds.isEmpty()) {
      throw new PriceChangedException(repricedIds);
    }
    return taken;
  }

  /** The lines' products with their units given back; products deleted since are left out. */
  List<Product> afterReturning(List<OrderLine> lines) {
    List<Product> returned = new ArrayList<>(lines.size());
    for (OrderLine line : lines) {
      products.get(line.productId())
          .ifPresent(product -> returned.add(withStock(product, product.stock() + line.quantity().value())));
    }
    return returned;
  }

  private Product withStock(Product product, int stock) {
    return product.withStock(stock, clock.instant()).atVersion(product.version() + 1);
  }
}
