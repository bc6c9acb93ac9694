package io.cloudstore.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Runs an action that must fail validation and tells which fields it named. */
public final class ValidationAssertions {
  private ValidationAssertions() {}

  public static ValidationException validationFailureOf(ThrowingCallable action) {
    Throwable thrown = catchThrowable(action);
    assertThat(thrown).as("expected the input to be refused").isInstanceOf(ValidationException.class);
    return (ValidationException) thrown;
  }

  /** The invalid fields named by the failure of {@code action}, in the order they were reported. */
  public static List<String> invalidFieldsOf(ThrowingCallable action) {
    return validationFailureOf(action).errors().stream().map(FieldError::field).toList();
  }
}
