package io.cloudstore.application.port.in.cart;

import io.cloudstore.domain.cart.CartLine;
import io.cloudstore.domain.user.UserId;
import java.util.List;
import java.util.Objects;

/** The full new content of a user's cart. */
public record ReplaceCartCommand(UserId userId, List<CartLine> lines) {
  public ReplaceCartCommand {
    Objects.requireNonNull(userId, "userId");
    lines = List.copyOf(lines);
  }
}
