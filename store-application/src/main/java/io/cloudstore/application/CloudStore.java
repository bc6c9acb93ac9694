package io.cloudstore.application;

import io.cloudstore.application.cache.CatalogCache;
import io.cloudstore.application.cache.CatalogCacheSettings;
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
import io.cloudstore.application.port.in.user.EnsureAdminUseCase;
import io.cloudstore.application.port.in.user.LogInUseCase;
import io.cloudstore.application.port.in.user.RegisterCustomerUseCase;
import io.cloudstore.application.port.in.user.VerifyTokenUseCase;
import io.cloudstore.application.port.in.user.ViewAccountUseCase;
import io.cloudstore.application.port.out.IdGenerator;
import io.cloudstore.application.port.out.persistence.CartRepository;
import io.cloudstore.application.port.out.persistence.OrderRepository;
import io.cloudstore.application.port.out.persistence.ProductRepository;
import io.cloudstore.application.port.out.persistence.StorageHealth;
import io.cloudstore.application.port.out.persistence.UserRepository;
import io.cloudstore.application.port.out.security.PasswordHasher;
import io.cloudstore.application.port.out.security.TokenIssuer;
import io.cloudstore.application.service.StoreSettings;
import io.cloudstore.application.service.cart.ClearCartService;
import io.cloudstore.application.service.cart.ReplaceCartService;
import io.cloudstore.application.service.cart.ViewCartService;
import io.cloudstore.application.service.health.CheckHealthService;
import io.cloudstore.application.service.order.CancelMyOrderService;
import io.cloudstore.application.service.order.ListMyOrdersService;
import io.cloudstore.application.service.order.PlaceOrderService;
import io.cloudstore.application.service.order.ShipOrderService;
import io.cloudstore.application.service.order.ViewMyOrderService;
import io.cloudstore.application.service.product.BrowseCatalogService;
import io.cloudstore.application.service.product.CreateProductService;
import io.cloudstore.application.service.product.DeleteProductService;
import io.cloudstore.application.service.product.ListCategoriesService;
import io.cloudstore.application.service.product.UpdateProductService;
import io.cloudstore.application.service.product.ViewProductService;
import io.cloudstore.application.service.user.EnsureAdminService;
import io.cloudstore.application.service.user.LogInService;
import io.cloudstore.application.service.user.RegisterCustomerService;
import io.cloudstore.application.service.user.VerifyTokenService;
import io.cloudstore.application.service.user.ViewAccountService;
import java.time.Clock;
import java.util.Objects;
import java.util.UUID;

/**
 * The entry point for teams that embed Cloud Store: give it an implementation of every driven port and
 * take the use cases from it. Nothing here needs a web framework or a database.
 *
 * <pre>{@code
 * CloudStore store = CloudStore.builder()
 *     .users(userRepository).products(productRepository).carts(cartRepository).orders(orderRepository)
 *     .storageHealth(() -> true)
 *     .passwordHasher(hasher).tokenIssuer(tokens)
 *     .build();
 * AuthenticatedSession session = store.registerCustomer().register(
 *     RegisterCustomerCommand.parse("Ana", "ana@example.com", "correct horse battery"));
 * }</pre>
 *
 * <p>{@link Builder#catalogCache} puts a read cache with a stated staleness bound in front of catalog pages,
 * product views and the category list (see {@link CatalogCache}); it is off unless asked for. Checkout and
 * carts always read storage.
 */
public final class CloudStore {
  private final RegisterCustomerUseCase registerCustomer;
  private final LogInUseCase logIn;
  private final VerifyTokenUseCase verifyToken;
  private final ViewAccountUseCase viewAccount;
  private final EnsureAdminUseCase ensureAdmin;
  private final BrowseCatalogUseCase browseCatalog;
  private final ViewProductUseCase viewProduct;
  private final ListCategoriesUseCase listCategories;
  private final CreateProductUseCase createProduct;
  private final UpdateProductUseCase updateProduct;
  private final DeleteProductUseCase deleteProduct;
  private final ViewCartUseCase viewCart;
  private final ReplaceCartUseCase replaceCart;
  private final ClearCartUseCase clearCart;
  private final PlaceOrderUseCase placeOrder;
  private final ListMyOrdersUseCase listMyOrders;
  private final ViewMyOrderUseCase viewMyOrder;
  private final CancelMyOrderUseCase cancelMyOrder;
  private final ShipOrderUseCase shipOrder;
  private final CheckHealthUseCase checkHealth;
  private final CatalogCache catalogCache;

  private CloudStore(Builder b) {
    catalogCache = new CatalogCache(b.catalogCache, b.clock);
    registerCustomer = new RegisterCustomerService(b.users, b.hasher, b.tokens, b.ids, b.clock);
    logIn = new LogInService(b.users, b.hasher, b.tokens);
    verifyToken = new VerifyTokenService(b.tokens);
    viewAccount = new ViewAccountService(b.users);
    ensureAdmin = new EnsureAdminService(b.users, b.hasher, b.ids, b.clock);
    browseCatalog = catalogCache.browseCatalog(new BrowseCatalogService(b.products));
    viewProduct = catalogCache.viewProduct(new ViewProductService(b.products));
    listCategories = catalogCache.listCategories(new ListCategoriesService(b.products));
    createProduct = catalogCache.createProduct(new CreateProductService(b.products, b.ids, b.clock, b.settings));
    updateProduct = catalogCache.updateProduct(new UpdateProductService(b.products, b.clock, b.settings));
    deleteProduct = catalogCache.deleteProduct(new DeleteProductService(b.products));
    // The use cases below never go through the catalog cache: carts and checkout price and check stock
    // with what storage holds now.
    viewCart = new ViewCartService(b.carts, b.products, b.clock, b.settings);
    replaceCart = new ReplaceCartService(b.carts, b.products, b.clock, b.settings);
    clearCart = new ClearCartService(b.carts);
    placeOrder = new PlaceOrderService(b.products, b.carts, b.orders, b.ids, b.clock, b.settings);
    listMyOrders = new ListMyOrdersService(b.orders);
    viewMyOrder = new ViewMyOrderService(b.orders);
    cancelMyOrder = new CancelMyOrderService(b.orders, b.clock);
    shipOrder = new ShipOrderService(b.orders, b.clock);
    checkHealth = new CheckHealthService(b.storageHealth);
  }

  public static Builder builder() {
    return new Builder();
  }

  public RegisterCustomerUseCase registerCustomer() {
    return registerCustomer;
  }

  public LogInUseCase logIn() {
    return logIn;
  }

  public VerifyTokenUseCase verifyToken() {
    return verifyToken;
  }

  public ViewAccountUseCase viewAccount() {
    return viewAccount;
  }

  public EnsureAdminUseCase ensureAdmin() {
    return ensureAdmin;
  }

  public BrowseCatalogUseCase browseCatalog() {
    return browseCatalog;
  }

  public ViewProductUseCase viewProduct() {
    return viewProduct;
  }

  public ListCategoriesUseCase listCategories() {
    return listCategories;
  }

  public CreateProductUseCase createProduct() {
    return createProduct;
  }

  public UpdateProductUseCase updateProduct() {
    return updateProduct;
  }

  public DeleteProductUseCase deleteProduct() {
    return deleteProduct;
  }

  public ViewCartUseCase viewCart() {
    return viewCart;
  }

  public ReplaceCartUseCase replaceCart() {
    return replaceCart;
  }

  public ClearCartUseCase clearCart() {
    return clearCart;
  }

  public PlaceOrderUseCase placeOrder() {
    return placeOrder;
  }

  public ListMyOrdersUseCase listMyOrders() {
    return listMyOrders;
  }

  public ViewMyOrderUseCase viewMyOrder() {
    return viewMyOrder;
  }

  public CancelMyOrderUseCase cancelMyOrder() {
    return cancelMyOrder;
  }

  public ShipOrderUseCase shipOrder() {
    return shipOrder;
  }

  public CheckHealthUseCase checkHealth() {
    return checkHealth;
  }

  /** The catalog read cache, to read its statistics or empty it; with the cache off it holds nothing. */
  public CatalogCache catalogCache() {
    return catalogCache;
  }

  /**
   * Collects the driven ports. Clock, ids, settings and the catalog cache have defaults (system UTC clock,
   * random UUIDs, USD, no tax, no cache).
   */
  public static final class Builder {
    private UserRepository users;
    private ProductRepository products;
    private CartRepository carts;
    private OrderRepository orders;
    private StorageHealth storageHealth;
    private PasswordHasher hasher;
    private TokenIssuer tokens;
    private IdGenerator ids = () -> UUID.randomUUID().toString();
    private Clock clock = Clock.systemUTC();
    private StoreSettings settings = StoreSettings.usdWithoutTax();
    private CatalogCacheSettings catalogCache = CatalogCacheSettings.off();

    private Builder() {}

    public Builder users(UserRepository users) {
      this.users = users;
      return this;
    }

    public Builder products(ProductRepository products) {
      this.products = products;
      return this;
    }

    public Builder carts(CartRepository carts) {
      this.carts = carts;
      return this;
    }

    public Builder orders(OrderRepository orders) {
      this.orders = orders;
      return this;
    }

    public Builder storageHealth(StorageHealth storageHealth) {
      this.storageHealth = storageHealth;
      return this;
    }

    public Builder passwordHasher(PasswordHasher hasher) {
      this.hasher = hasher;
      return this;
    }

    public Builder tokenIssuer(TokenIssuer tokens) {
      this.tokens = tokens;
      return this;
    }

    public Builder idGenerator(IdGenerator ids) {
      this.ids = ids;
      return this;
    }

    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    public Builder settings(StoreSettings settings) {
      this.settings = settings;
      return this;
    }

    /**
     * Caches catalog pages, product views and the category list for {@code settings.ttl()} (the clock
     * given to {@link #clock} times it). Shoppers may then see stock, prices and products up to that old;
     * checkout and carts still read storage. Off by default.
     */
    public Builder catalogCache(CatalogCacheSettings settings) {
      this.catalogCache = settings;
      return this;
    }

    /** @throws NullPointerException naming the first port that was not given */
    public CloudStore build() {
      Objects.requireNonNull(users, "users");
      Objects.requireNonNull(products, "products");
      Objects.requireNonNull(carts, "carts");
      Objects.requireNonNull(orders, "orders");
      Objects.requireNonNull(storageHealth, "storageHealth");
      Objects.requireNonNull(hasher, "passwordHasher");
      Objects.requireNonNull(tokens, "tokenIssuer");
      Objects.requireNonNull(ids, "idGenerator");
      Objects.requireNonNull(clock, "clock");
      Objects.requireNonNull(settings, "settings");
      Objects.requireNonNull(catalogCache, "catalogCache");
      return new CloudStore(this);
    }
  }
}
