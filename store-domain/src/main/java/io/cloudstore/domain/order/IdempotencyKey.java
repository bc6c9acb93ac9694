package io.cloudstore.domain.order;

import io.cloudstore.domain.ValidationException;
import java.util.regex.Pattern;

/** A client-chosen key that makes a checkout safe to retry: 1 to 100 visible ASCII characters. */
public record IdempotencyKey(String value) {
  private static final Pattern VISIBLE_ASCII = Pattern.compile("[\\x21-\\x7E]{1,100}");

  public IdempotencyKey {
    if (value == null || !VISIBLE_ASCII.matcher(value).matches()) {
      throw ValidationException.of("Idempotency-Key", "must be 1 to 100 visible ASCII characters");
    }
  }
}
