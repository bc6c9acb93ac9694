package io.cloudstore.adapter.out.metrics;

import io.cloudstore.application.port.in.cart.ReplaceCartUseCase;
import io.cloudstore.application.port.in.order.CancelMyOrderUseCase;
import io.cloudstore.application.port.in.order.PlaceOrderUseCase;
import io.cloudstore.application.port.in.order.PlacedOrder;
import io.cloudstore.application.port.in.order.ShipOrderUseCase;
import io.cloudstore.application.port.in.user.AuthenticatedSession;
import io.cloudstore.application.port.in.user.InvalidCredentialsException;
import io.cloudstore.application.port.in.user.LogInUseCase;
import io.cloudstore.application.port.in.user.RegisterCustomerUseCase;
import io.cloudstore.domain.ValidationException;
import io.cloudstore.domain.money.Money;
import io.cloudstore.domain.order.Order;
import io.cloudstore.domain.user.EmailAlreadyRegisteredException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Counts what shoppers and staff do, by wrapping the use cases that do it. Every counter exists (at zero)
 * from the start, so that Prometheus rates work from the first scrape. Checkout conversion is
 * {@code orders.placed / (orders.placed + checkout.failures without idempotent_replay)}.
 *
 * <pre>{@code
 * BusinessMetrics business = new BusinessMetrics(registry, Currency.getInstance("USD"));
 * PlaceOrderUseCase placeOrder = business.placeOrder(store.placeOrder());
 * }</pre>
 */
public final class BusinessMetrics {
  private final Counter registered;
  private final Counter emailTaken;
  private final Counter invalidRegistration;
  private final Counter failedRegistration;
  private final Counter loggedIn;
  private final Counter badCredentials;
  private final Counter failedLogIn;
  private final Counter cartsSaved;
  private final Counter ordersPlaced;
  private final DistributionSummary orderValue;
  private final Map<CheckoutFailure, Counter> checkoutFailures = new EnumMap<>(CheckoutFailure.class);
  private final Counter ordersCancelled;
  private final Counter ordersShipped;
  private final int fractionDigits;

  /** @param currency the store currency, the one every order total is in */
  public BusinessMetrics(MeterRegistry registry, Currency currency) {
    Objects.requireNonNull(registry, "registry");
    this.fractionDigits = Math.max(0, currency.getDefaultFractionDigits());
    registered = registration(registry, "success");
    emailTaken = registration(registry, "email_taken");
    invalidRegistration = registration(registry, "invalid");
    failedRegistration = registration(registry, "error");
    loggedIn = logIn(registry, "success");
    badCredentials = logIn(registry, "bad_credentials");
    failedLogIn = logIn(registry, "error");
    cartsSaved =
        Counter.builder(MeterNames.CARTS_SAVED).description("Carts replaced by their owner").register(registry);
    ordersPlaced =
        Counter.builder(MeterNames.ORDERS_PLACED).description("Orders created by a checkout").register(registry);
    orderValue =
        DistributionSummary.builder(MeterNames.ORDER_VALUE)
            .description("Totals of placed orders, in the currency's major unit (dollars, not cents)")
            .tag("currency", currency.getCurrencyCode())
            .register(registry);
    for (CheckoutFailure failure : CheckoutFailure.values()) {
      checkoutFailures.put(failure,
          Counter.builder(MeterNames.CHECKOUT_FAILURES)
              .description("Checkouts that created no new order, by reason")
              .tag("reason", failure.tagValue())
              .register(registry));
    }
    ordersCancelled =
        Counter.builder(MeterNames.ORDERS_CANCELLED).description("Orders cancelled by their owner").register(registry);
    ordersShipped =
        Counter.builder(MeterNames.ORDERS_SHIPPED).description("Orders shipped by an admin").register(registry);
  }

  public RegisterCustomerUseCase registerCustomer(RegisterCustomerUseCase inner) {
    return command -> {
      AuthenticatedSession session;
      try {
        session = inner.register(command);
      } catch (EmailAlreadyRegisteredException e) {
        emailTaken.increment();
        throw e;
      } catch (ValidationException e) {
        invalidRegistration.increment();
        throw e;
      } catch (RuntimeException e) {
        failedRegistration.increment();
        throw e;
      }
      registered.increment();
      return session;
    };
  }

  public LogInUseCase logIn(LogInUseCase inner) {
    return command -> {
      AuthenticatedSession session;
      try {
        session = inner.logIn(command);
      } catch (InvalidCredentialsException e) {
        badCredentials.increment();
        throw e;
      } catch (RuntimeException e) {
        failedLogIn.increment();
        throw e;
      }
      loggedIn.increment();
      return session;
    };
  }

  public ReplaceCartUseCase replaceCart(ReplaceCartUseCase inner) {
    return command -> {
      var cart = inner.replace(command);
      cartsSaved.increment();
      return cart;
    };
  }

  public PlaceOrderUseCase placeOrder(PlaceOrderUseCase inner) {
    return command -> {
      PlacedOrder placed;
      try {
        placed = inner.place(command);
      } catch (RuntimeException e) {
        checkoutFailures.get(CheckoutFailure.of(e)).increment();
        throw e;
      }
      if (placed.replayed()) {
        checkoutFailures.get(CheckoutFailure.IDEMPOTENT_REPLAY).increment();
      } else {
        ordersPlaced.increment();
        orderValue.record(inMajorUnits(placed.order().total()));
      }
      return placed;
    };
  }

  public CancelMyOrderUseCase cancelMyOrder(CancelMyOrderUseCase inner) {
    return (userId, orderId) -> {
      Order cancelled = inner.cancel(userId, orderId);
      ordersCancelled.increment();
      return cancelled;
    };
  }

  public ShipOrderUseCase shipOrder(ShipOrderUseCase inner) {
    return orderId -> {
      Order shipped = inner.ship(orderId);
      ordersShipped.increment();
      return shipped;
    };
  }

  private double inMajorUnits(Money total) {
    return BigDecimal.valueOf(total.amount(), fractionDigits).doubleValue();
  }

  private static Counter registration(MeterRegistry registry, String outcome) {
    return Counter.builder(MeterNames.REGISTRATIONS)
        .description("Customer registrations, by outcome")
        .tag("outcome", outcome)
        .register(registry);
  }

  private static Counter logIn(MeterRegistry registry, String outcome) {
    return Counter.builder(MeterNames.LOGINS)
        .description("Log-ins, by outcome")
        .tag("outcome", outcome)
        .register(registry);
  }
}
