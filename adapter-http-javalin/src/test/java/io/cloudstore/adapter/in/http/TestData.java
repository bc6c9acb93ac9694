package io.cloudstore.adapter.in.http;

import io.cloudstore.application.port.in.user.AuthenticatedSession;
import io.cloudstore.domain.cart.PricedCart;
import io.cloudstore.domain.cart.PricedCartLine;
import io.cloudstore.domain.money.Money;
import io.cloudstore.domain.money.TaxRate;
import io.cloudstore.domain.order.Order;
import io.cloudstore.domain.order.OrderId;
import io.cloudstore.domain.order.OrderLine;
import io.cloudstore.domain.order.ShippingAddress;
import io.cloudstore.domain.product.Category;
import io.cloudstore.domain.product.ImageUrl;
import io.cloudstore.domain.product.Product;
import io.cloudstore.domain.product.ProductDetails;
import io.cloudstore.domain.product.ProductId;
import io.cloudstore.domain.product.Quantity;
import io.cloudstore.domain.user.Email;
import io.cloudstore.domain.user.PasswordHash;
import io.cloudstore.domain.user.Role;
import io.cloudstore.domain.user.User;
import io.cloudstore.domain.user.UserId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;

/** Domain objects for HTTP tests, with fixed values the tests can assert on. */
final class TestData {
  static final Currency USD = Currency.getInstance("USD");
  static final Instant CREATED = Instant.parse("2026-11-25T10:15:30Z");
  static final Instant UPDATED = Instant.parse("2026-11-26T08:00:00Z");
  static final String ADDRESS_JSON =
      "{\"fullName\":\"Ana Lima\",\"line1\":\"1 Main St\",\"city\":\"Springfield\",\"postalCode\":\"12345\","
          + "\"country\":\"us\"}";

  private TestData() {}

  static User user(String id, String email, Role role) {
    return User.restore(
        new UserId(id), new Email(email), "Ana Lima", role, new PasswordHash("$2a$10$secret-hash"), CREATED, 0);
  }

  static AuthenticatedSession session(String token, User user) {
    return new AuthenticatedSession(token, user);
  }

  static Product product(String id, String name, long priceCents, int stock) {
    var details =
        new ProductDetails(name, "A fine " + name, new Category("Tools"), Money.of(priceCents, USD),
            new ImageUrl("/images/" + id + ".svg"), stock);
    return Product.create(new ProductId(id), details, CREATED).update(details, UPDATED);
  }

  static ShippingAddress address() {
    return new ShippingAddress("Ana Lima", "1 Main St", null, "Springfield", "12345", "US", null);
  }

  static Order order(String id, UserId owner) {
    var lines =
        List.of(
            new OrderLine(new ProductId("p-1"), "Hammer", Money.of(1250, USD), Quantity.of(2)),
            new OrderLine(new ProductId("p-2"), "Saw", Money.of(999, USD), Quantity.of(1)));
    return Order.place(new OrderId(id), owner, lines, address(), new TaxRate(new BigDecimal("10")), CREATED);
  }

  static PricedCart cart() {
    var lines =
        List.of(
            new PricedCartLine(new ProductId("p-1"), "Hammer", Money.of(1250, USD), Quantity.of(2), true),
            new PricedCartLine(new ProductId("p-9"), PricedCart.UNAVAILABLE_NAME, Money.zero(USD), Quantity.of(1),
                false));
    return new PricedCart(lines, Money.of(2500, USD), Money.zero(USD), UPDATED);
  }
}
