package io.cloudstore.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Collects field errors while a composite value is built, so that one response names every invalid field
 * instead of only the first.
 *
 * <pre>{@code
 * var v = new Validation();
 * Email email = v.field("email", () -> new Email(raw));
 * ShippingAddress address = v.nested("shippingAddress", () -> toAddress(body));
 * v.throwIfInvalid();
 * }</pre>
 */
public final class Validation {
  private final List<FieldError> errors = new ArrayList<>();

  /** Builds a single value; any error it raises is reported under {@code field}. */
  public <T> T field(String field, Supplier<T> build) {
    try {
      return build.get();
    } catch (ValidationException e) {
      e.errors().forEach(error -> errors.add(new FieldError(field, error.message())));
      return null;
    }
  }

  /** Builds a composite value; its own field names are kept, prefixed with {@code prefix}. */
  public <T> T nested(String prefix, Supplier<T> build) {
    try {
      return build.get();
    } catch (ValidationException e) {
      e.errors().forEach(error -> errors.add(error.under(prefix)));
      return null;
    }
  }

  /** Records an error found by a check that builds no value. */
  public void reject(String field, String message) {
    errors.add(new FieldError(field, message));
  }

  public void check(boolean condition, String field, String message) {
    if (!condition) {
      reject(field, message);
    }
  }

  public boolean isValid() {
    return errors.isEmpty();
  }

  public void throwIfInvalid() {
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
  }
}
