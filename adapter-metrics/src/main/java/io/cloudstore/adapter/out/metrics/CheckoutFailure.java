package io.cloudstore.adapter.out.metrics;

import io.cloudstore.application.port.in.order.CheckoutBusyException;
import io.cloudstore.application.port.in.order.IdempotencyKeyReusedException;
import io.cloudstore.application.port.in.order.TotalChangedException;
import io.cloudstore.application.port.out.persistence.StorageUnavailableException;
import io.cloudstore.domain.ValidationException;
import io.cloudstore.domain.order.InsufficientStockException;
import java.util.Locale;

/** Why a checkout created no new order: the {@code reason} tag of {@link MeterNames#CHECKOUT_FAILURES}. */
public enum CheckoutFailure {
  /** Some products had fewer units than asked for; nothing was taken. */
  INSUFFICIENT_STOCK,
  /** Nothing to order (empty cart), a product no longer sold, or invalid lines. */
  VALIDATION,
  /** The client's expected total differs from the server's. */
  TOTAL_CHANGED,
  /** The idempotency key was used before for this same request: the earlier order was returned. */
  IDEMPOTENT_REPLAY,
  /** The idempotency key was used before for a different request. */
  IDEMPOTENCY_KEY_REUSED,
  /** Prices kept changing while the order was being placed. */
  BUSY,
  /** Storage could not be reached. */
  STORAGE_UNAVAILABLE,
  /** Anything else (a bug, an unexpected storage answer). */
  ERROR;

  /** The value of the {@code reason} tag, such as {@code insufficient_stock}. */
  public String tagValue() {
    return name().toLowerCase(Locale.ROOT);
  }

  static CheckoutFailure of(RuntimeException e) {
    if (e instanceof InsufficientStockException) {
      return INSUFFICIENT_STOCK;
    }
    if (e instanceof ValidationException) {
      return VALIDATION;
    }
    if (e instanceof TotalChangedException) {
      return TOTAL_CHANGED;
    }
    if (e instanceof IdempotencyKeyReusedException) {
      return IDEMPOTENCY_KEY_REUSED;
    }
    if (e instanceof CheckoutBusyException) {
      return BUSY;
    }
    if (e instanceof StorageUnavailableException) {
      return STORAGE_UNAVAILABLE;
    }
    return ERROR;
  }
}
