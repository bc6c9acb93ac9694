package io.cloudstore.application.service.product;

import io.cloudstore.application.port.in.product.ProductNotFoundException;
import io.cloudstore.application.port.in.product.UpdateProductUseCase;
import io.cloudstore.application.port.out.persistence.ConcurrentUpdateException;
import io.cloudstore.application.port.out.persistence.ProductRepository;
import io.cloudstore.application.service.StoreSettings;
import io.cloudstore.domain.product.Product;
import io.cloudstore.domain.product.ProductDetails;
import io.cloudstore.domain.product.ProductId;
import java.time.Clock;

public final class UpdateProductService implements UpdateProductUseCase {
  /** A full replacement does not depend on what it replaces, so a lost race is simply run again. */
  private static final int ATTEMPTS = 5;

  private final ProductRepository products;
  private final Clock clock;
  private final StoreSettings settings;

  public UpdateProductService(ProductRepository products, Clock clock, StoreSettings settings) {
    this.products = products;
    this.clock = clock;
    this.settings = settings;
  }

  @Override
  public Product update(ProductId id, ProductDetails details) {
    StoreCurrency.require(details, settings.currency());
    for (int attempt = 1; ; attempt++) {
      Product current = products.findById(id).orElseThrow(() -> new ProductNotFoundException(id));
      Product updated = current.update(details, clock.instant());
      try {
        products.update(updated);
        return updated.atVersion(current.version() + 1);
      } catch (ConcurrentUpdateException e) {
        if (attempt == ATTEMPTS) {
          throw e;
        }
      }
    }
  }
}
