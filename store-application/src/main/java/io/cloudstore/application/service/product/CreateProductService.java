package io.cloudstore.application.service.product;

import io.cloudstore.application.port.in.product.CreateProductUseCase;
import io.cloudstore.application.port.out.IdGenerator;
import io.cloudstore.application.port.out.persistence.ProductRepository;
import io.cloudstore.application.service.StoreSettings;
import io.cloudstore.domain.product.Product;
import io.cloudstore.domain.product.ProductDetails;
import io.cloudstore.domain.product.ProductId;
import java.time.Clock;

public final class CreateProductService implements CreateProductUseCase {
  private final ProductRepository products;
  private final IdGenerator ids;
  private final Clock clock;
  private final StoreSettings settings;

  public CreateProductService(ProductRepository products, IdGenerator ids, Clock clock, StoreSettings settings) {
    this.products = products;
    this.ids = ids;
    this.clock = clock;
    this.settings = settings;
  }

  @Override
  public Product create(ProductDetails details) {
    StoreCurrency.require(details, settings.currency());
    Product product = Product.create(new ProductId(ids.newId()), details, clock.instant());
    products.create(product);
    return product;
  }
}
