package io.cloudstore.guarantees;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One registered customer, used by exactly one client thread, so its requests never overlap. Keeps what the
 * client believes about its cart ({@code cart} is empty when unknown, after an answer that may or may not
 * have been applied) and the orders and idempotency keys it has used.
 */
final class Shopper {
  /** An idempotent checkout that was answered with an order, for replays and reuse with another body. */
  record KeyedCheckout(String key, Map<String, Object> body, String orderId) {}

  final String email;
  final String password;
  String token;
  Optional<Map<String, Integer>> cart = Optional.of(Map.of());
  final List<String> orders = new ArrayList<>();
  final List<KeyedCheckout> keyed = new ArrayList<>();
  int keysUsed;

  Shopper(String email, String password) {
    this.email = email;
    this.password = password;
  }
}
