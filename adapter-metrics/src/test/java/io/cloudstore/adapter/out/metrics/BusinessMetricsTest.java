package io.cloudstore.adapter.out.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudstore.application.port.in.order.PlaceOrderCommand;
import io.cloudstore.application.port.in.order.PlaceOrderUseCase;
import io.cloudstore.application.port.in.order.PlacedOrder;
import io.cloudstore.application.port.in.order.TotalChangedException;
import io.cloudstore.application.port.in.user.AuthenticatedSession;
import io.cloudstore.application.port.in.user.InvalidCredentialsException;
import io.cloudstore.application.port.in.user.LogInCommand;
import io.cloudstore.application.port.in.user.LogInUseCase;
import io.cloudstore.application.port.in.user.RegisterCustomerCommand;
import io.cloudstore.application.port.out.persistence.StorageUnavailableException;
import io.cloudstore.domain.ValidationException;
import io.cloudstore.domain.fixtures.TestAddresses;
import io.cloudstore.domain.fixtures.TestIds;
import io.cloudstore.domain.fixtures.TestMoney;
import io.cloudstore.domain.fixtures.TestOrders;
import io.cloudstore.domain.fixtures.TestProducts;
import io.cloudstore.domain.fixtures.TestUsers;
import io.cloudstore.domain.order.InsufficientStockException;
import io.cloudstore.domain.order.Order;
import io.cloudstore.domain.user.EmailAlreadyRegisteredException;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BusinessMetricsTest {
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final BusinessMetrics business = new BusinessMetrics(registry, TestMoney.USD);
  private final PlaceOrderCommand checkout =
      new PlaceOrderCommand(TestIds.userId(), Optional.empty(), TestAddresses.address(), Optional.empty(),
          Optional.empty());

  @Test
  void newMetrics_showEveryCounterAtZero_soThatRatesWorkFromTheFirstScrape() {
    assertThat(count(MeterNames.REGISTRATIONS, "outcome", "success")).isZero();
    assertThat(count(MeterNames.LOGINS, "outcome", "bad_credentials")).isZero();
    assertThat(count(MeterNames.CHECKOUT_FAILURES, "reason", "insufficient_stock")).isZero();
    assertThat(count(MeterNames.CHECKOUT_FAILURES, "reason", "idempotent_replay")).isZero();
    assertThat(registry.get(MeterNames.ORDERS_PLACED).counter().count()).isZero();
    assertThat(registry.get(MeterNames.ORDERS_SHIPPED).counter().count()).isZero();
  }

  @Test
  void placeOrder_newOrder_countsItAndRecordsItsTotalInDollars() {
    Order order = TestOrders.anOrder().withLine(TestProducts.aProduct().withPrice(1250).build(), 2).build();
    PlaceOrderUseCase placeOrder = business.placeOrder(command -> new PlacedOrder(order, false));

    PlacedOrder placed = placeOrder.place(checkout);

    assertThat(placed.order()).isSameAs(order);
    assertThat(registry.get(MeterNames.ORDERS_PLACED).counter().count()).isEqualTo(1);
    var value = registry.get(MeterNames.ORDER_VALUE).tag("currency", "USD").summary();
    assertThat(value.count()).isEqualTo(1);
    assertThat(value.totalAmount()).isEqualTo(25.00);
  }

  @Test
  void placeOrder_replayedUnderTheSameKey_isAnIdempotentReplayAndNoNewOrder() {
    PlaceOrderUseCase placeOrder = business.placeOrder(command -> new PlacedOrder(TestOrders.anOrder().build(), true));

    placeOrder.place(checkout);

    assertThat(registry.get(MeterNames.ORDERS_PLACED).counter().count()).isZero();
    assertThat(count(MeterNames.CHECKOUT_FAILURES, "reason", "idempotent_replay")).isEqualTo(1);
  }

  @Test
  void placeOrder_refused_countsTheReasonAndRethrowsTheSameException() {
    var shortStock = new InsufficientStockException(
        List.of(new InsufficientStockException.ShortProduct(TestIds.productId(), "Mug")));
    assertThatThrownBy(() -> business.placeOrder(command -> { throw shortStock; }).place(checkout))
        .isSameAs(shortStock);
    assertThatThrownBy(() -> business.placeOrder(command -> {
      throw ValidationException.of("items", "the cart is empty");
    }).place(checkout)).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> business.placeOrder(command -> {
      throw new TotalChangedException(TestMoney.usd(999));
    }).place(checkout)).isInstanceOf(TotalChangedException.class);
    assertThatThrownBy(() -> business.placeOrder(command -> {
      throw new StorageUnavailableException("down", null);
    }).place(checkout)).isInstanceOf(StorageUnavailableException.class);

    assertThat(count(MeterNames.CHECKOUT_FAILURES, "reason", "insufficient_stock")).isEqualTo(1);
    assertThat(count(MeterNames.CHECKOUT_FAILURES, "reason", "validation")).isEqualTo(1);
    assertThat(count(MeterNames.CHECKOUT_FAILURES, "reason", "total_changed")).isEqualTo(1);
    assertThat(count(MeterNames.CHECKOUT_FAILURES, "reason", "storage_unavailable")).isEqualTo(1);
    assertThat(registry.get(MeterNames.ORDERS_PLACED).counter().count()).isZero();
  }

  @Test
  void logIn_countsSuccessesAndBadCredentialsApart() {
    var session = new AuthenticatedSession("token", TestUsers.customer());
    LogInUseCase succeeding = business.logIn(command -> session);
    LogInUseCase failing = business.logIn(command -> {
      throw new InvalidCredentialsException();
    });
    LogInCommand command = LogInCommand.parse("ana@example.com", "wrong password");

    assertThat(succeeding.logIn(command)).isSameAs(session);
    assertThatThrownBy(() -> failing.logIn(command)).isInstanceOf(InvalidCredentialsException.class);
    assertThatThrownBy(() -> failing.logIn(command)).isInstanceOf(InvalidCredentialsException.class);

    assertThat(count(MeterNames.LOGINS, "outcome", "success")).isEqualTo(1);
    assertThat(count(MeterNames.LOGINS, "outcome", "bad_credentials")).isEqualTo(2);
  }

  @Test
  void registerCustomer_countsRegistrationsAndTakenEmails() {
    var command = RegisterCustomerCommand.parse("Ana", "ana@example.com", "correct horse battery");
    business.registerCustomer(c -> new AuthenticatedSession("token", TestUsers.customer())).register(command);
    assertThatThrownBy(() -> business.registerCustomer(c -> {
      throw new EmailAlreadyRegisteredException();
    }).register(command)).isInstanceOf(EmailAlreadyRegisteredException.class);

    assertThat(count(MeterNames.REGISTRATIONS, "outcome", "success")).isEqualTo(1);
    assertThat(count(MeterNames.REGISTRATIONS, "outcome", "email_taken")).isEqualTo(1);
  }

  @Test
  void cancelAndShip_areCountedOnlyWhenTheyHappen() {
    Order order = TestOrders.anOrder().build();
    business.cancelMyOrder((user, id) -> order).cancel(order.userId(), order.id());
    business.shipOrder(id -> order).ship(order.id());
    assertThatThrownBy(() -> business.shipOrder(id -> {
      throw new StorageUnavailableException("down", null);
    }).ship(order.id())).isInstanceOf(StorageUnavailableException.class);

    assertThat(registry.get(MeterNames.ORDERS_CANCELLED).counter().count()).isEqualTo(1);
    assertThat(registry.get(MeterNames.ORDERS_SHIPPED).counter().count()).isEqualTo(1);
  }

  private double count(String name, String tag, String value) {
    return registry.get(name).tag(tag, value).counter().count();
  }
}
