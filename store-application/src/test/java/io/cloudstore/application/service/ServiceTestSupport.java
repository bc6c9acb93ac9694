package io.cloudstore.application.service;

import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.Mockito.lenient;

import io.cloudstore.application.port.out.persistence.ProductRepository;
import io.cloudstore.domain.fixtures.TestTimes;
import io.cloudstore.domain.product.Product;
import io.cloudstore.domain.product.ProductId;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What most service tests share: a stopped clock and a product repository mock that answers lookups. */
public final class ServiceTestSupport {
  /** Always {@link TestTimes#T0}. */
  public static final Clock CLOCK = Clock.fixed(TestTimes.T0, ZoneOffset.UTC);

  private ServiceTestSupport() {}

  /**
   * Makes {@code products.findAllById} answer like a repository holding exactly {@code stored}: the
   * requested products that exist, missing ones left out.
   */
  public static void productsInStore(ProductRepository products, Product... stored) {
    Map<ProductId, Product> byId =
        Arrays.stream(stored).collect(Collectors.toMap(Product::id, Function.identity()));
    lenient().when(products.findAllById(anyCollection())).thenAnswer(call -> {
      Collection<ProductId> requested = call.getArgument(0);
      Map<ProductId, Product> found = new LinkedHashMap<>();
      requested.stream().filter(byId::containsKey).forEach(id -> found.put(id, byId.get(id)));
      return found;
    });
  }
}
