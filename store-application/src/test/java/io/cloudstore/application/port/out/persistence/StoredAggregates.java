package io.cloudstore.application.port.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudstore.domain.order.Order;
import io.cloudstore.domain.product.Product;
import io.cloudstore.domain.user.User;
import java.util.Optional;

/**
 * Field-by-field comparison of what a store returns with what was stored; the aggregates' own
 * {@code equals} compares ids only.
 */
public final class StoredAggregates {
  private StoredAggregates() {}

  public static void assertSameUser(User actual, User expected) {
    assertThat(actual.id()).as("id").isEqualTo(expected.id());
    assertThat(actual.email()).as("email").isEqualTo(expected.email());
    assertThat(actual.name()).as("name").isEqualTo(expected.name());
    assertThat(actual.role()).as("role").isEqualTo(expected.role());
    assertThat(actual.passwordHash()).as("passwordHash").isEqualTo(expected.passwordHash());
    assertThat(actual.createdAt()).as("createdAt").isEqualTo(expected.createdAt());
    assertThat(actual.version()).as("version").isEqualTo(expected.version());
  }

  /** Compares everything but the version, which the store owns. */
  public static void assertSameProduct(Product actual, Product expected) {
    assertThat(actual.id()).as("id").isEqualTo(expected.id());
    assertThat(actual.details()).as("details").isEqualTo(expected.details());
    assertThat(actual.createdAt()).as("createdAt").isEqualTo(expected.createdAt());
    assertThat(actual.updatedAt()).as("updatedAt").isEqualTo(expected.updatedAt());
  }

  public static void assertSameOrder(Order actual, Order expected) {
    assertThat(actual.id()).as("id").isEqualTo(expected.id());
    assertThat(actual.userId()).as("userId").isEqualTo(expected.userId());
    assertThat(actual.lines()).as("lines").isEqualTo(expected.lines());
    assertThat(actual.subtotal()).as("subtotal").isEqualTo(expected.subtotal());
    assertThat(actual.tax()).as("tax").isEqualTo(expected.tax());
    assertThat(actual.total()).as("total").isEqualTo(expected.total());
    assertThat(actual.shippingAddress()).as("shippingAddress").isEqualTo(expected.shippingAddress());
    assertThat(actual.status()).as("status").isEqualTo(expected.status());
    assertThat(actual.createdAt()).as("createdAt").isEqualTo(expected.createdAt());
    assertThat(actual.updatedAt()).as("updatedAt").isEqualTo(expected.updatedAt());
  }

  public static void assertSameOrder(Optional<Order> actual, Order expected) {
    assertThat(actual).as("stored order " + expected.id()).isPresent();
    assertSameOrder(actual.get(), expected);
  }
}
