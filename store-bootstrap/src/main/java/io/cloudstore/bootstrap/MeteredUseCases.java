package io.cloudstore.bootstrap;

import io.cloudstore.adapter.in.http.support.UseCases;
import io.cloudstore.adapter.out.metrics.BusinessMetrics;
import io.cloudstore.application.CloudStore;

/** The use cases the HTTP API calls, those that shoppers' and staff's actions go through counted. */
final class MeteredUseCases {
  private MeteredUseCases() {}

  static UseCases of(CloudStore store, BusinessMetrics business) {
    return new UseCases(
        business.registerCustomer(store.registerCustomer()),
        business.logIn(store.logIn()),
        store.verifyToken(),
        store.viewAccount(),
        store.browseCatalog(),
        store.viewProduct(),
        store.listCategories(),
        store.createProduct(),
        store.updateProduct(),
        store.deleteProduct(),
        store.viewCart(),
        business.replaceCart(store.replaceCart()),
        store.clearCart(),
        business.placeOrder(store.placeOrder()),
        store.listMyOrders(),
        store.viewMyOrder(),
        business.cancelMyOrder(store.cancelMyOrder()),
        business.shipOrder(store.shipOrder()),
        store.checkHealth());
  }
}
