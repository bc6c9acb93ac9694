package io.cloudstore.domain;

import java.util.Objects;

/** One invalid field: its path as the client sent it (e.g. {@code shippingAddress.city}) and why. */
public record FieldError(String field, String message) {
  public FieldError {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(message, "message");
  }

  FieldError under(String prefix) {
    return new FieldError(field.isEmpty() ? prefix : prefix + "." + field, message);
  }
}
