package io.cloudstore.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValidationTest {

  @Test
  void field_validValue_isReturnedAndNothingIsReported() {
    var v = new Validation();

    String name = v.field("name", () -> Text.require("name", " Ana ", 1, 10));

    assertThat(name).isEqualTo("Ana");
    assertThat(v.isValid()).isTrue();
    assertThatNoException().isThrownBy(v::throwIfInvalid);
  }

  @Test
  void field_invalidValue_isReportedUnderTheGivenFieldName() {
    var v = new Validation();

    String value = v.field("items[0].quantity", () -> {
      throw ValidationException.of("quantity", "must be between 1 and 99");
    });

    assertThat(value).isNull();
    assertThat(v.isValid()).isFalse();
    assertThatThrownBy(v::throwIfInvalid)
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
            .containsExactly(new FieldError("items[0].quantity", "must be between 1 and 99")));
  }

  @Test
  void nested_invalidCompositeValue_keepsItsFieldNamesUnderThePrefix() {
    var v = new Validation();

    v.nested("shippingAddress", () -> {
      throw new ValidationException(List.of(
          new FieldError("city", "is required"), new FieldError("country", "must be a two-letter country code")));
    });

    assertThatThrownBy(v::throwIfInvalid)
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).containsExactly(
            new FieldError("shippingAddress.city", "is required"),
            new FieldError("shippingAddress.country", "must be a two-letter country code")));
  }

  @Test
  void nested_errorWithoutAFieldName_isReportedUnderThePrefixAlone() {
    var v = new Validation();

    v.nested("shippingAddress", () -> {
      throw ValidationException.of("", "is required");
    });

    assertThatThrownBy(v::throwIfInvalid)
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
            .containsExactly(new FieldError("shippingAddress", "is required")));
  }

  @Test
  void throwIfInvalid_severalProblems_reportsEveryOneInTheOrderFound() {
    var v = new Validation();

    v.field("email", () -> {
      throw ValidationException.of("email", "is required");
    });
    v.reject("password", "is required");
    v.check(false, "name", "is too long");
    v.check(true, "role", "never reported");

    assertThatThrownBy(v::throwIfInvalid)
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).containsExactly(
            new FieldError("email", "is required"),
            new FieldError("password", "is required"),
            new FieldError("name", "is too long")));
  }

  @Test
  void field_failureOtherThanValidation_isNotSwallowed() {
    var v = new Validation();

    assertThatThrownBy(() -> v.field("name", () -> {
      throw new IllegalStateException("a bug, not bad input");
    })).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void validationException_message_namesEveryFieldAndReason() {
    var e = new ValidationException(List.of(new FieldError("email", "is required"), new FieldError("name", "bad")));

    assertThat(e).hasMessage("email: is required; name: bad");
  }

  @Test
  void validationException_withoutAnyFieldError_cannotBeMade() {
    assertThatIllegalArgumentException().isThrownBy(() -> new ValidationException(List.of()));
  }

  @Test
  void validationException_errors_areACopyThatCannotBeChanged() {
    List<FieldError> source = new ArrayList<>(List.of(new FieldError("email", "is required")));
    var e = new ValidationException(source);

    source.add(new FieldError("name", "added later"));

    assertThat(e.errors()).containsExactly(new FieldError("email", "is required"));
    assertThatThrownBy(() -> e.errors().add(new FieldError("x", "y")))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void validationException_isAnIllegalArgument() {
    assertThat(ValidationException.of("email", "is required")).isInstanceOf(IllegalArgumentException.class);
  }
}
