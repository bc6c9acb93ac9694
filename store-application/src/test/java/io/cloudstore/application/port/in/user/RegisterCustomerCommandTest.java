package io.cloudstore.application.port.in.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudstore.domain.FieldError;
import io.cloudstore.domain.ValidationException;
import io.cloudstore.domain.user.Email;
import io.cloudstore.domain.user.PlainPassword;
import org.junit.jupiter.api.Test;

class RegisterCustomerCommandTest {

  @Test
  void parse_validInput_normalisesNameAndEmail() {
    RegisterCustomerCommand command = RegisterCustomerCommand.parse("  Ana Lima ", " Ana@Example.COM ", "secret-123");

    assertThat(command.name()).isEqualTo("Ana Lima");
    assertThat(command.email()).isEqualTo(new Email("ana@example.com"));
    assertThat(command.password()).isEqualTo(new PlainPassword("secret-123"));
  }

  @Test
  void parse_everyFieldInvalid_reportsAllThreeAtOnce() {
    assertThatThrownBy(() -> RegisterCustomerCommand.parse(" ", "not-an-email", "short"))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
            .extracting(FieldError::field).containsExactly("name", "email", "password"));
  }

  @Test
  void parse_everyFieldMissing_saysEachIsRequired() {
    assertThatThrownBy(() -> RegisterCustomerCommand.parse(null, null, null))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).containsExactly(
            new FieldError("name", "is required"),
            new FieldError("email", "is required"),
            new FieldError("password", "is required")));
  }

  @Test
  void parse_passwordOver72Bytes_refused() {
    String seventyThreeBytes = "\u00E9".repeat(36) + "a";

    assertThatThrownBy(() -> RegisterCustomerCommand.parse("Ana", "ana@example.com", seventyThreeBytes))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
            .extracting(FieldError::field).containsExactly("password"));
  }

  @Test
  void constructor_blankName_refusedAndMissingValuesRejected() {
    Email email = new Email("ana@example.com");
    PlainPassword password = new PlainPassword("secret-123");

    assertThatThrownBy(() -> new RegisterCustomerCommand("  ", email, password))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
            .extracting(FieldError::field).containsExactly("name"));
    assertThatNullPointerException().isThrownBy(() -> new RegisterCustomerCommand("Ana", null, password));
    assertThatNullPointerException().isThrownBy(() -> new RegisterCustomerCommand("Ana", email, null));
  }
}
