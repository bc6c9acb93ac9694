package io.cloudstore.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudstore.application.CloudStore;
import io.cloudstore.application.port.in.order.PlaceOrderCommand;
import io.cloudstore.application.port.in.order.PlacedOrder;
import io.cloudstore.application.port.in.user.AuthenticatedSession;
import io.cloudstore.application.port.in.user.LogInCommand;
import io.cloudstore.application.port.in.user.RegisterCustomerCommand;
import io.cloudstore.application.port.out.persistence.Race;
import io.cloudstore.application.service.StoreSettings;
import io.cloudstore.domain.cart.CartLine;
import io.cloudstore.domain.fixtures.TestAddresses;
import io.cloudstore.domain.fixtures.TestProducts;
import io.cloudstore.domain.fixtures.TestTimes;
import io.cloudstore.domain.order.IdempotencyKey;
import io.cloudstore.domain.order.InsufficientStockException;
import io.cloudstore.domain.order.Order;
import io.cloudstore.domain.page.PageRequest;
import io.cloudstore.domain.product.Product;
import io.cloudstore.domain.product.Quantity;
import io.cloudstore.domain.user.EmailAlreadyRegisteredException;
import io.cloudstore.domain.user.UserId;
import io.cloudstore.testsupport.InMemoryCloudStores;
import io.cloudstore.testsupport.TickingClock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Shoppers racing each other through the use cases, on in-memory storage. */
class ConcurrentShoppingTest {
  private static final String PASSWORD = "correct horse battery";

  private CloudStore store;

  @BeforeEach
  void openStore() {
    store = InMemoryCloudStores.create(StoreSettings.usdWithoutTax(), new TickingClock(TestTimes.T0));
  }

  @Test
  void twoHundredShoppersBuyingTheLastFiftyUnits_exactlyFiftyOrdersAreMadeAndStockEndsAtZero() {
    Product mug = store.createProduct().create(TestProducts.aProduct().withStock(50).details());
    List<UserId> shoppers = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      shoppers.add(register("shopper-" + i).user().id());
    }

    Race.Results<PlacedOrder> results =
        Race.run(shoppers.stream().map(shopper -> buying(shopper, mug, 1, Optional.empty())).toList());

    assertThat(results.successes()).hasSize(50);
    assertThat(results.failures())
        .hasSize(150)
        .allSatisfy(failure -> assertThat(failure).isInstanceOf(InsufficientStockException.class));
    assertThat(store.viewProduct().view(mug.id()).stock()).isZero();
    long shoppersWithAnOrder =
        shoppers.stream().filter(shopper -> !historyOf(shopper).isEmpty()).count();
    assertThat(shoppersWithAnOrder).isEqualTo(50);
  }

  @Test
  void twentyRegistrationsOfOneEmail_makeOneAccountAndNineteenRefusals() {
    List<Callable<AuthenticatedSession>> registrations = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      RegisterCustomerCommand command = RegisterCustomerCommand.parse("Twin " + i, "twin@example.com", PASSWORD);
      registrations.add(() -> store.registerCustomer().register(command));
    }

    Race.Results<AuthenticatedSession> results = Race.run(registrations);

    assertThat(results.successes()).hasSize(1);
    assertThat(results.failures())
        .hasSize(19)
        .allSatisfy(failure -> assertThat(failure).isInstanceOf(EmailAlreadyRegisteredException.class));
    AuthenticatedSession loggedIn = store.logIn().logIn(LogInCommand.parse("TWIN@example.com", PASSWORD));
    assertThat(loggedIn.user().id()).isEqualTo(results.successes().get(0).user().id());
  }

  @Test
  void oneShopperSendingTheSameIdempotencyKeyInParallel_getsOneOrderEveryTime() {
    Product mug = store.createProduct().create(TestProducts.aProduct().withStock(10).details());
    UserId ana = register("ana").user().id();
    Optional<IdempotencyKey> key = Optional.of(new IdempotencyKey("checkout-42"));
    List<Callable<PlacedOrder>> retries = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      retries.add(buying(ana, mug, 2, key));
    }

    Race.Results<PlacedOrder> results = Race.run(retries);

    assertThat(results.failures()).isEmpty();
    assertThat(results.successes()).extracting(placed -> placed.order().id()).containsOnly(
        results.successes().get(0).order().id());
    assertThat(results.successes()).filteredOn(placed -> !placed.replayed()).hasSize(1);
    assertThat(historyOf(ana)).hasSize(1);
    assertThat(store.viewProduct().view(mug.id()).stock()).isEqualTo(8);
  }

  private AuthenticatedSession register(String name) {
    return store.registerCustomer().register(
        RegisterCustomerCommand.parse(name, name + "@example.com", PASSWORD));
  }

  private Callable<PlacedOrder> buying(UserId shopper, Product product, int units, Optional<IdempotencyKey> key) {
    PlaceOrderCommand command =
        new PlaceOrderCommand(
            shopper,
            Optional.of(List.of(new CartLine(product.id(), Quantity.of(units)))),
            TestAddresses.address(),
            Optional.empty(),
            key);
    return () -> store.placeOrder().place(command);
  }

  private List<Order> historyOf(UserId shopper) {
    return store.listMyOrders().list(shopper, PageRequest.first(10)).items();
  }
}
