package io.cloudstore.adapter.in.http.support;

import io.cloudstore.application.CloudStore;
import io.cloudstore.application.port.in.cart.ClearCartUseCase;
import io.cloudstore.application.port.in.cart.ReplaceCartUseCase;
import io.cloudstore.application.port.in.cart.ViewCartUseCase;
import io.cloudstore.application.port.in.health.CheckHealthUseCase;
import io.cloudstore.application.port.in.order.CancelMyOrderUseCase;
import io.cloudstore.application.port.in.order.ListMyOrdersUseCase;
import io.cloudstore.application.port.in.order.PlaceOrderUseCase;
import io.cloudstore.application.port.in.order.ShipOrderUseCase;
import io.cloudstore.application.port.in.order.ViewMyOrderUseCase;
import io.cloudstore.application.port.in.product.BrowseCatalogUseCase;
import io.cloudstore.application.port.in.product.CreateProductUseCase;
import io.cloudstore.application.port.in.product.DeleteProductUseCase;
import io.cloudstore.application.port.in.product.ListCategoriesUseCase;
import io.cloudstore.application.port.in.product.UpdateProductUseCase;
import io.cloudstore.application.port.in.product.ViewProductUseCase;
import io.cloudstore.application.port.in.user.LogInUseCase;
import io.cloudstore.application.port.in.user.RegisterCustomerUseCase;
import io.cloudstore.application.port.in.user.VerifyTokenUseCase;
import io.cloudstore.application.port.in.user.ViewAccountUseCase;
import java.util.Objects;

/**
 * Every use case the HTTP API calls. Usually {@link #of(CloudStore)}; a composition root that wraps some of
 * them (for example to count what they do) builds one with the canonical constructor instead. The
 * accessor names are {@link CloudStore}'s.
 */
public record UseCases(
    RegisterCustomerUseCase registerCustomer,
    LogInUseCase logIn,
    VerifyTokenUseCase verifyToken,
    ViewAccountUseCase viewAccount,
    BrowseCatalogUseCase browseCatalog,
    ViewProductUseCase viewProduct,
    ListCategoriesUseCase listCategories,
    CreateProductUseCase createProduct,
    UpdateProductUseCase updateProduct,
    DeleteProductUseCase deleteProduct,
    ViewCartUseCase viewCart,
    ReplaceCartUseCase replaceCart,
    ClearCartUseCase clearCart,
    PlaceOrderUseCase placeOrder,
    ListMyOrdersUseCase listMyOrders,
    ViewMyOrderUseCase viewMyOrder,
    CancelMyOrderUseCase cancelMyOrder,
    ShipOrderUseCase shipOrder,
    CheckHealthUseCase checkHealth) {

  public UseCases {
    Objects.requireNonNull(registerCustomer, "registerCustomer");
    Objects.requireNonNull(logIn, "logIn");
    Objects.requireNonNull(verifyToken, "verifyToken");
    Objects.requireNonNull(viewAccount, "viewAccount");
    Objects.requireNonNull(browseCatalog, "browseCatalog");
    Objects.requireNonNull(viewProduct, "viewProduct");
    Objects.requireNonNull(listCategories, "listCategories");
    Objects.requireNonNull(createProduct, "createProduct");
    Objects.requireNonNull(updateProduct, "updateProduct");
    Objects.requireNonNull(deleteProduct, "deleteProduct");
    Objects.requireNonNull(viewCart, "viewCart");
    Objects.requireNonNull(replaceCart, "replaceCart");
    Objects.requireNonNull(clearCart, "clearCart");
    Objects.requireNonNull(placeOrder, "placeOrder");
    Objects.requireNonNull(listMyOrders, "listMyOrders");
    Objects.requireNonNull(viewMyOrder, "viewMyOrder");
    Objects.requireNonNull(cancelMyOrder, "cancelMyOrder");
    Objects.requireNonNull(shipOrder, "shipOrder");
    Objects.requireNonNull(checkHealth, "checkHealth");
  }

  /** The use cases of {@code store}, as they are. */
  public static UseCases of(CloudStore store) {
    return new UseCases(
        store.registerCustomer(),
        store.logIn(),
        store.verifyToken(),
        store.viewAccount(),
        store.browseCatalog(),
        store.viewProduct(),
        store.listCategories(),
        store.createProduct(),
        store.updateProduct(),
        store.deleteProduct(),
        store.viewCart(),
        store.replaceCart(),
        store.clearCart(),
        store.placeOrder(),
        store.listMyOrders(),
        store.viewMyOrder(),
        store.cancelMyOrder(),
        store.shipOrder(),
        store.checkHealth());
  }
}
