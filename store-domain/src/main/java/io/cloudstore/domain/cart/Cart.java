package io.cloudstore.domain.cart;

import io.cloudstore.domain.ValidationException;
import io.cloudstore.domain.product.ProductId;
import io.cloudstore.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** A shopper's cart: at most 50 distinct products, each at most once. Replaced as a whole. */
public final class Cart {
  public static final int MAX_LINES = 50;

  private final UserId userId;
  private final List<CartLine> lines;
  private final Instant updatedAt;

  private Cart(UserId userId, List<CartLine> lines, Instant updatedAt) {
    this.userId = Objects.requireNonNull(userId, "userId");
    this.lines = List.copyOf(lines);
    this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
  }

  public static Cart empty(UserId userId, Instant now) {
    return new Cart(userId, List.of(), now);
  }

  /**
   * A cart holding exactly {@code lines}.
   *
   * @throws ValidationException if there are more than {@value #MAX_LINES} lines or a product repeats
   */
  public static Cart of(UserId userId, List<CartLine> lines, Instant now) {
    requireValidLines(lines);
    return new Cart(userId, lines, now);
  }

  /** Rebuilds a stored cart. For adapters only. */
  public static Cart restore(UserId userId, List<CartLine> lines, Instant updatedAt) {
    return new Cart(userId, lines, updatedAt);
  }

  /**
   * Checks the limits that any list of lines bought together must meet (a cart or an order). Lines are
   * few (at most {@value #MAX_LINES}), so each is compared with those before it rather than hashed: this
   * runs on every checkout and allocates nothing.
   */
  public static void requireValidLines(List<? extends ProductLine> lines) {
    if (lines.size() > MAX_LINES) {
      throw ValidationException.of("items", "must hold at most " + MAX_LINES + " different products");
    }
    for (int i = 1; i < lines.size(); i++) {
      ProductId productId = lines.get(i).productId();
      for (int earlier = 0; earlier < i; earlier++) {
        if (lines.get(earlier).productId().equals(productId)) {
          throw ValidationException.of(
              "items[" + i + "].productId", "appears more than once; combine the quantities in one line");
        }
      }
    }
  }

  public Cart replace(List<CartLine> newLines, Instant now) {
    return of(userId, newLines, now);
  }

  public Cart clear(Instant now) {
    return empty(userId, now);
  }

  public boolean isEmpty() {
    return lines.isEmpty();
  }

  public UserId userId() {
    return userId;
  }

  public List<CartLine> lines() {
    return lines;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  @Override
  public String toString() {
    return "Cart[" + userId + ", " + lines.size() + " lines]";
  }
}
