package io.cloudstore.application.service.order;

import io.cloudstore.application.port.in.order.PlaceOrderCommand;
import io.cloudstore.domain.cart.CartLine;
import io.cloudstore.domain.order.ShippingAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A digest of what a checkout request asked for, so that an idempotency key reused for a different
 * request is recognised. "Buy my cart" is recorded as such, not as the cart's lines, because a replay
 * happens after the cart was emptied.
 */
final class RequestFingerprint {
  private RequestFingerprint() {}

  static String of(PlaceOrderCommand command) {
    String items = command.lines().map(RequestFingerprint::describe).orElse("cart");
    ShippingAddress a = command.shippingAddress();
    String address =
        Stream.of(a.fullName(), a.line1(), a.line2(), a.city(), a.postalCode(), a.country(), a.phone())
            .collect(Collectors.joining("\u0000"));
    String expected = command.expectedTotal().map(String::valueOf).orElse("-");
    return sha256(items + "\u0001" + address + "\u0001" + expected);
  }

  private static String describe(List<CartLine> lines) {
    return lines.stream()
        .map(l -> l.productId().value() + "x" + l.quantity().value())
        .collect(Collectors.joining(","));
  }

  private static String sha256(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
