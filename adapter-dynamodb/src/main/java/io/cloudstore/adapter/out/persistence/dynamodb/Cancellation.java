package io.cloudstore.adapter.out.persistence.dynamodb;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Why DynamoDB cancelled a transaction: one reason per item, in the order the items were sent. A
 * reason whose code is {@code None} belongs to an item that was fine.
 */
record Cancellation(List<Reason> reasons) {
  static final String CONDITION_FAILED = "ConditionalCheckFailed";

  /** One item's reason, with the item as stored when its condition failed and ALL_OLD was asked for. */
  record Reason(String code, Map<String, AttributeValue> storedItem) {
    boolean conditionFailed() {
      return CONDITION_FAILED.equals(code);
    }
  }

  Cancellation {
    reasons = List.copyOf(reasons);
  }

  static Cancellation of(TransactionCanceledException e) {
    if (!e.hasCancellationReasons()) {
      return new Cancellation(List.of());
    }
    return new Cancellation(e.cancellationReasons().stream().map(Cancellation::reason).toList());
  }

  private static Reason reason(CancellationReason r) {
    String code = r.code() == null ? "None" : r.code();
    return new Reason(code, r.hasItem() ? Map.copyOf(r.item()) : Map.of());
  }

  boolean conditionFailedAt(int index) {
    return index < reasons.size() && reasons.get(index).conditionFailed();
  }

  /** The stored item at {@code index}, if its condition failed, it existed and ALL_OLD was asked for. */
  Optional<Map<String, AttributeValue>> storedItemAt(int index) {
    return conditionFailedAt(index) && !reasons.get(index).storedItem().isEmpty()
        ? Optional.of(reasons.get(index).storedItem())
        : Optional.empty();
  }

  boolean anyConditionFailed() {
    return reasons.stream().anyMatch(Reason::conditionFailed);
  }

  boolean hasCode(String code) {
    return reasons.stream().anyMatch(r -> r.code().equals(code));
  }

  /** The distinct codes, for log lines and exception messages (no item contents). */
  String codes() {
    return reasons.stream().map(Reason::code).distinct().collect(Collectors.joining(","));
  }

  /** For a cancellation none of the caller's conditions explains: a bug or an unsupported request. */
  IllegalStateException unexplained(String operation) {
    return new IllegalStateException(operation + " was cancelled for an unexpected reason: " + codes());
  }
}
