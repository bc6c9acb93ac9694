package io.cloudstore.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.cloudstore.application.CloudStore;
import io.cloudstore.application.port.in.cart.ReplaceCartCommand;
import io.cloudstore.application.port.in.order.IdempotencyKeyReusedException;
import io.cloudstore.application.port.in.order.OrderNotFoundException;
import io.cloudstore.application.port.in.order.PlaceOrderCommand;
import io.cloudstore.application.port.in.order.PlacedOrder;
import io.cloudstore.application.port.in.order.TotalChangedException;
import io.cloudstore.application.port.in.product.CatalogQuery;
import io.cloudstore.application.port.in.product.ProductNotFoundException;
import io.cloudstore.application.port.in.user.AuthenticatedSession;
import io.cloudstore.application.port.in.user.EnsureAdminCommand;
import io.cloudstore.application.port.in.user.RegisterCustomerCommand;
import io.cloudstore.application.service.StoreSettings;
import io.cloudstore.domain.cart.CartLine;
import io.cloudstore.domain.cart.PricedCart;
import io.cloudstore.domain.cart.PricedCartLine;
import io.cloudstore.domain.fixtures.TestAddresses;
import io.cloudstore.domain.fixtures.TestTimes;
import io.cloudstore.domain.money.Money;
import io.cloudstore.domain.money.TaxRate;
import io.cloudstore.domain.order.IdempotencyKey;
import io.cloudstore.domain.order.Order;
import io.cloudstore.domain.order.OrderLine;
import io.cloudstore.domain.order.OrderStatus;
import io.cloudstore.domain.order.OrderStatusConflictException;
import io.cloudstore.domain.page.Page;
import io.cloudstore.domain.page.PageRequest;
import io.cloudstore.domain.product.Category;
import io.cloudstore.domain.product.CategoryCount;
import io.cloudstore.domain.product.Product;
import io.cloudstore.domain.product.ProductDetails;
import io.cloudstore.domain.product.Quantity;
import io.cloudstore.domain.user.Email;
import io.cloudstore.domain.user.PlainPassword;
import io.cloudstore.domain.user.Role;
import io.cloudstore.domain.user.UserId;
import io.cloudstore.testsupport.InMemoryCloudStores;
import io.cloudstore.testsupport.TickingClock;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A shop embedded through {@link CloudStore} alone: no HTTP, no database. An admin stocks the catalog,
 * shoppers browse, fill carts, buy, look at their orders and cancel them; the admin ships and deletes.
 * Sales tax is 8.25 %, rounded half up on each order's subtotal.
 */
class EmbeddingJourneyTest {
  private static final Currency USD = Currency.getInstance("USD");
  private static final String PASSWORD = "correct horse battery";

  private CloudStore store;
  private Product mug;
  private Product plate;
  private Product lamp;
  private Product stakes;

  @BeforeEach
  void openTheShop() {
    store =
        InMemoryCloudStores.create(
            new StoreSettings(Currency.getInstance("USD"), TaxRate.parse("8.25")), new TickingClock(TestTimes.T0));
    store.ensureAdmin().ensureAdmin(
        new EnsureAdminCommand(new Email("admin@example.com"), new PlainPassword("admin password 1"), "Admin"));
    mug = stock("Trail mug", "Enamel, 350 ml", "Kitchen", 1250, 10);
    plate = stock("Camp plate", "Stainless steel", "Kitchen", 800, 5);
    lamp = stock("Head lamp", "300 lumen, USB rechargeable", "Outdoor", 2499, 3);
    stakes = stock("Tent stakes", "Six aluminium pegs", "Outdoor", 500, 20);
    stock("Wool socks", "Merino; keeps feet warm", "Clothing", 1999, 8);
  }

  @Test
  void shopper_browsesFillsTheCartAndBuysIt_paysTheTaxedTotalRoundedHalfUp() {
    AuthenticatedSession session = register("Ana", "ana@example.com");
    UserId ana = store.verifyToken().verify(session.token()).userId();
    assertThat(store.viewAccount().viewAccount(ana).role()).isEqualTo(Role.CUSTOMER);

    assertThat(names(browse(Optional.of("Outdoor"), Optional.empty(), PageRequest.first(10))))
        .containsExactly("Head lamp", "Tent stakes");
    assertThat(names(browse(Optional.empty(), Optional.of("WARM"), PageRequest.first(10))))
        .containsExactly("Wool socks");
    Page<Product> first = browse(Optional.empty(), Optional.empty(), PageRequest.first(2));
    Page<Product> second = browse(Optional.empty(), Optional.empty(), next(first, 2));
    Page<Product> third = browse(Optional.empty(), Optional.empty(), next(second, 2));
    assertThat(names(first)).containsExactly("Camp plate", "Head lamp");
    assertThat(names(second)).containsExactly("Tent stakes", "Trail mug");
    assertThat(names(third)).containsExactly("Wool socks");
    assertThat(third.nextCursor()).isEmpty();
    assertThat(store.listCategories().listCategories()).containsExactly(
        new CategoryCount(new Category("Clothing"), 1),
        new CategoryCount(new Category("Kitchen"), 2),
        new CategoryCount(new Category("Outdoor"), 2));

    PricedCart cart = store.replaceCart().replace(new ReplaceCartCommand(ana, List.of(line(stakes, 2))));
    assertThat(cart.subtotal()).isEqualTo(usd(1000));
    assertThat(store.viewCart().view(ana).lines()).singleElement().satisfies(priced -> {
      assertThat(priced.name()).isEqualTo("Tent stakes");
      assertThat(priced.unitPrice()).isEqualTo(usd(500));
      assertThat(priced.lineTotal()).isEqualTo(usd(1000));
      assertThat(priced.available()).isTrue();
    });

    PlacedOrder fromCart = store.placeOrder().place(checkout(ana, Optional.empty(), Optional.empty()));
    Order stakesOrder = fromCart.order();
    assertThat(fromCart.replayed()).isFalse();
    assertThat(stakesOrder.status()).isEqualTo(OrderStatus.PLACED);
    assertThat(stakesOrder.subtotal()).isEqualTo(usd(1000));
    assertThat(stakesOrder.tax()).as("8.25 percent of $10.00 is 82.5 cents, rounded half up").isEqualTo(usd(83));
    assertThat(stakesOrder.total()).isEqualTo(usd(1083));
    assertThat(store.viewCart().view(ana).lines()).as("the cart is emptied by the checkout").isEmpty();
    assertThat(stockOf(stakes)).isEqualTo(18);

    Order mugAndPlate =
        store.placeOrder().place(checkout(ana, Optional.of(List.of(line(mug, 1), line(plate, 1))), Optional.empty()))
            .order();
    assertThat(mugAndPlate.subtotal()).isEqualTo(usd(2050));
    assertThat(mugAndPlate.tax()).as("169.125 cents").isEqualTo(usd(169));
    assertThat(mugAndPlate.total()).isEqualTo(usd(2219));

    Page<Order> newest = store.listMyOrders().list(ana, PageRequest.first(1));
    Page<Order> older = store.listMyOrders().list(ana, next(newest, 1));
    assertThat(newest.items()).extracting(Order::id).containsExactly(mugAndPlate.id());
    assertThat(older.items()).extracting(Order::id).containsExactly(stakesOrder.id());
    assertThat(older.nextCursor()).isEmpty();
    Order viewed = store.viewMyOrder().view(ana, stakesOrder.id());
    assertThat(viewed.total()).isEqualTo(usd(1083));
    assertThat(viewed.lines()).containsExactly(new OrderLine(stakes.id(), "Tent stakes", usd(500), Quantity.of(2)));
  }

  @Test
  void checkout_withAnIdempotencyKey_replaysTheFirstOrderAndRefusesTheKeyForAnotherRequest() {
    UserId ana = register("Ana", "ana@example.com").user().id();
    Optional<IdempotencyKey> key = Optional.of(new IdempotencyKey("checkout-7f3a"));
    PlaceOrderCommand twoMugs =
        new PlaceOrderCommand(ana, Optional.of(List.of(line(mug, 2))), TestAddresses.address(),
            Optional.of(2706L), key);

    PlacedOrder first = store.placeOrder().place(twoMugs);
    PlacedOrder retry = store.placeOrder().place(twoMugs);

    assertThat(first.replayed()).isFalse();
    assertThat(first.order().total()).as("2500 + 206.25 tax").isEqualTo(usd(2706));
    assertThat(retry.replayed()).isTrue();
    assertThat(retry.order().id()).isEqualTo(first.order().id());
    assertThat(stockOf(mug)).isEqualTo(8);
    PlaceOrderCommand otherBody =
        new PlaceOrderCommand(
            ana, Optional.of(List.of(line(plate, 1))), TestAddresses.address(), Optional.empty(), key);
    assertThatThrownBy(() -> store.placeOrder().place(otherBody)).isInstanceOf(IdempotencyKeyReusedException.class);
    assertThat(stockOf(plate)).isEqualTo(5);
    assertThat(store.listMyOrders().list(ana, PageRequest.first(10)).items()).hasSize(1);
  }

  @Test
  void checkout_withAnOutdatedExpectedTotal_takesNothingAndTellsTheCurrentTotal() {
    UserId ana = register("Ana", "ana@example.com").user().id();
    store.replaceCart().replace(new ReplaceCartCommand(ana, List.of(line(lamp, 1))));
    long totalShown = 2705;
    store.updateProduct().update(lamp.id(), details("Head lamp", "Now 400 lumen", "Outdoor", 2599, 3));

    TotalChangedException thrown =
        catchThrowableOfType(TotalChangedException.class,
            () -> store.placeOrder().place(checkout(ana, Optional.empty(), Optional.of(totalShown))));

    assertThat(thrown).isNotNull();
    assertThat(thrown.currentTotal()).as("2599 + 214.4175 tax").isEqualTo(usd(2813));
    assertThat(stockOf(lamp)).isEqualTo(3);
    assertThat(store.listMyOrders().list(ana, PageRequest.first(10)).items()).isEmpty();
    assertThat(store.viewCart().view(ana).lines()).extracting(PricedCartLine::productId).containsExactly(lamp.id());
  }

  @Test
  void anotherShopper_cannotSeeOrCancelSomeoneElsesOrder() {
    UserId ana = register("Ana", "ana@example.com").user().id();
    UserId ben = register("Ben", "ben@example.com").user().id();
    Order anasOrder = buy(ana, line(lamp, 1));

    assertThatThrownBy(() -> store.viewMyOrder().view(ben, anasOrder.id()))
        .isInstanceOf(OrderNotFoundException.class);
    assertThatThrownBy(() -> store.cancelMyOrder().cancel(ben, anasOrder.id()))
        .isInstanceOf(OrderNotFoundException.class);
    assertThat(store.listMyOrders().list(ben, PageRequest.first(10)).items()).isEmpty();
    assertThat(store.viewMyOrder().view(ana, anasOrder.id()).status()).isEqualTo(OrderStatus.PLACED);
    assertThat(stockOf(lamp)).isEqualTo(2);
  }

  @Test
  void cancellingAnOrder_returnsItsUnitsToStock_andCancellingAgainConflicts() {
    UserId ana = register("Ana", "ana@example.com").user().id();
    Order order = buy(ana, line(lamp, 2));
    assertThat(stockOf(lamp)).isEqualTo(1);

    Order cancelled = store.cancelMyOrder().cancel(ana, order.id());

    assertThat(cancelled.status()).isEqualTo(OrderStatus.CANCELLED);
    assertThat(store.viewMyOrder().view(ana, order.id()).status()).isEqualTo(OrderStatus.CANCELLED);
    assertThat(stockOf(lamp)).isEqualTo(3);
    assertThatThrownBy(() -> store.cancelMyOrder().cancel(ana, order.id()))
        .isInstanceOf(OrderStatusConflictException.class);
    assertThat(stockOf(lamp)).isEqualTo(3);
  }

  @Test
  void adminShippingAnOrder_marksItShipped_andItCanNoLongerBeCancelledOrShippedAgain() {
    UserId ana = register("Ana", "ana@example.com").user().id();
    Order order = buy(ana, line(plate, 2));

    Order shipped = store.shipOrder().ship(order.id());

    assertThat(shipped.status()).isEqualTo(OrderStatus.SHIPPED);
    assertThat(store.viewMyOrder().view(ana, order.id()).status()).isEqualTo(OrderStatus.SHIPPED);
    assertThatThrownBy(() -> store.cancelMyOrder().cancel(ana, order.id()))
        .isInstanceOf(OrderStatusConflictException.class);
    assertThatThrownBy(() -> store.shipOrder().ship(order.id())).isInstanceOf(OrderStatusConflictException.class);
    assertThat(stockOf(plate)).isEqualTo(3);
  }

  @Test
  void deletingAProduct_removesItFromTheCatalogButKeepsPastOrdersIntact() {
    UserId ana = register("Ana", "ana@example.com").user().id();
    Order order = buy(ana, line(mug, 1), line(plate, 2));
    store.replaceCart().replace(new ReplaceCartCommand(ana, List.of(line(mug, 1))));

    store.deleteProduct().delete(mug.id());

    assertThatThrownBy(() -> store.viewProduct().view(mug.id())).isInstanceOf(ProductNotFoundException.class);
    assertThat(names(browse(Optional.of("Kitchen"), Optional.empty(), PageRequest.first(10))))
        .containsExactly("Camp plate");
    Order kept = store.viewMyOrder().view(ana, order.id());
    assertThat(kept.lines()).containsExactly(
        new OrderLine(mug.id(), "Trail mug", usd(1250), Quantity.of(1)),
        new OrderLine(plate.id(), "Camp plate", usd(800), Quantity.of(2)));
    assertThat(kept.total()).isEqualTo(order.total());
    assertThat(store.viewCart().view(ana).lines()).singleElement()
        .satisfies(line -> assertThat(line.available()).isFalse());
    store.cancelMyOrder().cancel(ana, order.id());
    assertThat(stockOf(plate)).isEqualTo(5);
  }

  private Product stock(String name, String description, String category, long price, int units) {
    return store.createProduct().create(details(name, description, category, price, units));
  }

  private static ProductDetails details(String name, String description, String category, long price, int units) {
    return ProductDetails.parse(name, description, category, price, USD, "/images/placeholder.svg", units);
  }

  private AuthenticatedSession register(String name, String email) {
    return store.registerCustomer().register(RegisterCustomerCommand.parse(name, email, PASSWORD));
  }

  private Order buy(UserId shopper, CartLine... lines) {
    return store.placeOrder().place(checkout(shopper, Optional.of(List.of(lines)), Optional.empty())).order();
  }

  private static PlaceOrderCommand checkout(
      UserId shopper, Optional<List<CartLine>> lines, Optional<Long> expectedTotal) {
    return new PlaceOrderCommand(shopper, lines, TestAddresses.address(), expectedTotal, Optional.empty());
  }

  private Page<Product> browse(Optional<String> category, Optional<String> text, PageRequest page) {
    return store.browseCatalog().browse(new CatalogQuery(category.map(Category::new), text, page));
  }

  private int stockOf(Product product) {
    return store.viewProduct().view(product.id()).stock();
  }

  private static PageRequest next(Page<?> page, int limit) {
    return PageRequest.after(page.nextCursor().orElseThrow(), limit);
  }

  private static List<String> names(Page<Product> page) {
    return page.items().stream().map(Product::name).toList();
  }

  private static CartLine line(Product product, int quantity) {
    return new CartLine(product.id(), Quantity.of(quantity));
  }

  private static Money usd(long cents) {
    return Money.of(cents, USD);
  }
}
