package io.cloudstore.bootstrap;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudstore.application.port.in.product.CreateProductUseCase;
import io.cloudstore.domain.product.ProductDetails;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Currency;
import java.util.List;

/** The demo catalog shipped in the jar ({@code demo/catalog.json}), loaded only into an empty store. */
final class DemoCatalog {
  private static final String RESOURCE = "/demo/catalog.json";

  record DemoProduct(
      String name, String description, String category, long price, int stock, String imageUrl) {}

  private DemoCatalog() {}

  static List<DemoProduct> read() {
    try (InputStream in = DemoCatalog.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the jar");
      }
      return List.of(
          new ObjectMapper()
              .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
              .readValue(in, DemoProduct[].class));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /** Creates every demo product; returns how many. */
  static int load(CreateProductUseCase createProduct, Currency currency) {
    List<DemoProduct> products = read();
    for (DemoProduct p : products) {
      createProduct.create(
          ProductDetails.parse(p.name(), p.description(), p.category(), p.price(), currency, p.imageUrl(), p.stock()));
    }
    return products.size();
  }
}
