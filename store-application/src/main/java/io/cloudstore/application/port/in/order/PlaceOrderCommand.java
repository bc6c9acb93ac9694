package io.cloudstore.application.port.in.order;

import io.cloudstore.domain.cart.CartLine;
import io.cloudstore.domain.order.IdempotencyKey;
import io.cloudstore.domain.order.ShippingAddress;
import io.cloudstore.domain.user.UserId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A checkout: the lines to buy (empty means "what is in my cart"), where to ship, optionally the total the
 * shopper was shown (in minor units) and an idempotency key.
 */
public record PlaceOrderCommand(
    UserId userId,
    Optional<List<CartLine>> lines,
    ShippingAddress shippingAddress,
    Optional<Long> expectedTotal,
    Optional<IdempotencyKey> idempotencyKey) {
  public PlaceOrderCommand {
    Objects.requireNonNull(userId, "userId");
    lines = lines.map(List::copyOf);
    Objects.requireNonNull(shippingAddress, "shippingAddress");
    Objects.requireNonNull(expectedTotal, "expectedTotal");
    Objects.requireNonNull(idempotencyKey, "idempotencyKey");
  }
}
