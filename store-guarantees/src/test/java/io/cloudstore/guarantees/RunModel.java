package io.cloudstore.guarantees;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What all clients of a run share: the products set up before it started, and the orders and deletions the
 * clients have heard of (so they can target other people's orders and avoid deleted products).
 */
final class RunModel {
  /** A product created before the run; only {@code restockable} ones are ever restocked or repriced. */
  record SeedProduct(String id, String name, String category, long price, int initialStock, boolean restockable,
      boolean deletable) {}

  private final List<SeedProduct> products;
  private final Map<String, String> ownerOfOrder = new ConcurrentHashMap<>();
  private final Set<String> deleted = ConcurrentHashMap.newKeySet();

  RunModel(List<SeedProduct> products) {
    this.products = List.copyOf(products);
  }

  List<SeedProduct> products() {
    return products;
  }

  SeedProduct product(String id) {
    return products.stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
  }

  void orderSeen(String orderId, String owner) {
    ownerOfOrder.putIfAbsent(orderId, owner);
  }

  Map<String, String> ownerOfOrder() {
    return ownerOfOrder;
  }

  void maybeDeleted(String productId) {
    deleted.add(productId);
  }

  boolean maybeDeleted(SeedProduct product) {
    return deleted.contains(product.id());
  }
}
