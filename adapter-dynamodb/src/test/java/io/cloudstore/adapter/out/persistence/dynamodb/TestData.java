package io.cloudstore.adapter.out.persistence.dynamodb;

import io.cloudstore.domain.cart.Cart;
import io.cloudstore.domain.cart.CartLine;
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
import io.cloudstore.domain.user.User;
import io.cloudstore.domain.user.UserId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

/** Fresh domain objects with unique ids, so tests sharing tables never collide. */
final class TestData {
  static final Currency USD = Currency.getInstance("USD");
  static final Instant NOW = Instant.parse("2026-11-25T10:15:30.123456789Z");
  static final ShippingAddress ADDRESS =
      new ShippingAddress("Ana Lima", "1 Main St", "", "Springfield", "12345", "US", "");

  private TestData() {}

  static String newId() {
    return UUID.randomUUID().toString();
  }

  static Product product(String name, String category, long price, int stock) {
    return product(name, "", category, price, stock);
  }

  static Product product(String name, String description, String category, long price, int stock) {
    ProductDetails details =
        new ProductDetails(name, description, new Category(category), Money.of(price, USD), ImageUrl.NONE, stock);
    return Product.create(new ProductId(newId()), details, NOW);
  }

  static User user(String email) {
    return User.register(new UserId(newId()), new Email(email), "Ana", new PasswordHash("$2a$10$hash"), NOW);
  }

  static String uniqueEmail() {
    return "user-" + newId() + "@example.com";
  }

  static Cart cart(UserId userId, Product... products) {
    return Cart.of(
        userId, Arrays.stream(products).map(p -> new CartLine(p.id(), Quantity.of(1))).toList(), NOW);
  }

  static OrderLine line(Product product, int quantity) {
    return new OrderLine(product.id(), product.name(), product.price(), Quantity.of(quantity));
  }

  static Order order(UserId userId, OrderLine... lines) {
    return order(userId, NOW, lines);
  }

  static Order order(UserId userId, Instant at, OrderLine... lines) {
    return Order.place(new OrderId(newId()), userId, List.of(lines), ADDRESS, TaxRate.NONE, at);
  }

  static Instant minutesLater(int minutes) {
    return NOW.plus(minutes, ChronoUnit.MINUTES);
  }
}
