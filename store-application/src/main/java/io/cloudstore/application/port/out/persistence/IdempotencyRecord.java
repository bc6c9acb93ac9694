package io.cloudstore.application.port.out.persistence;

import io.cloudstore.domain.order.IdempotencyKey;
import io.cloudstore.domain.order.OrderId;
import io.cloudstore.domain.user.UserId;
import java.util.Objects;

/**
 * Remembers that a user's checkout with {@code key} made {@code orderId}. {@code requestFingerprint} is a
 * digest of what was asked for, so that reusing the key for a different request can be refused.
 */
public record IdempotencyRecord(UserId userId, IdempotencyKey key, String requestFingerprint, OrderId orderId) {
  public IdempotencyRecord {
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(requestFingerprint, "requestFingerprint");
    Objects.requireNonNull(orderId, "orderId");
  }
}
