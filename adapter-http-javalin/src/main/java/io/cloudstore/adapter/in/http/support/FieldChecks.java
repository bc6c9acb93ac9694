package io.cloudstore.adapter.in.http.support;

import io.cloudstore.domain.FieldError;
import io.cloudstore.domain.Validation;
import io.cloudstore.domain.ValidationException;
import java.util.function.Supplier;

/** Helps request mappers report every invalid field of a body in one 422. */
public final class FieldChecks {
  private FieldChecks() {}

  /**
   * Builds a value whose errors already carry their full field paths (as the use-case parsers name them),
   * adding them to {@code validation} unchanged.
   *
   * @return the value, or {@code null} if it was invalid
   */
  public static <T> T collect(Validation validation, Supplier<T> build) {
    try {
      return build.get();
    } catch (ValidationException e) {
      for (FieldError error : e.errors()) {
        validation.reject(error.field(), error.message());
      }
      return null;
    }
  }
}
