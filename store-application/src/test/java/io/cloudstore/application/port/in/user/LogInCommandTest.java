package io.cloudstore.application.port.in.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudstore.domain.FieldError;
import io.cloudstore.domain.ValidationException;
import io.cloudstore.domain.user.Email;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class LogInCommandTest {
  private static final Email ANA = new Email("ana@example.com");

  @Test
  void parse_validInput_keepsThePasswordAsTypedAndNormalisesTheEmail() {
    LogInCommand command = LogInCommand.parse(" ANA@example.com ", " spaces count ");

    assertThat(command.email()).isEqualTo(ANA);
    assertThat(command.password()).isEqualTo(" spaces count ");
  }

  @Test
  void password_shorterThanTheRegistrationMinimum_isStillAccepted() {
    assertThat(new LogInCommand(ANA, "old").password()).isEqualTo("old");
  }

  @Test
  void password_exactly72Bytes_accepted() {
    assertThat(new LogInCommand(ANA, "p".repeat(72)).password()).hasSize(72);
    assertThat(new LogInCommand(ANA, "\u00E9".repeat(36)).password()).hasSize(36);
  }

  @Test
  void password_over72Bytes_refusedBecauseBcryptWouldIgnoreTheRest() {
    assertThatThrownBy(() -> new LogInCommand(ANA, "p".repeat(73)))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
            .containsExactly(new FieldError("password", "must be at most 72 bytes long (UTF-8)")));
    assertThatThrownBy(() -> new LogInCommand(ANA, "\u00E9".repeat(36) + "a"))
        .isInstanceOf(ValidationException.class);
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = "")
  void password_missing_refusedAsRequired(String password) {
    assertThatThrownBy(() -> new LogInCommand(ANA, password))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
            .containsExactly(new FieldError("password", "is required")));
  }

  @Test
  void parse_badEmailAndMissingPassword_reportsBoth() {
    assertThatThrownBy(() -> LogInCommand.parse("ana-at-example", null))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
            .extracting(FieldError::field).containsExactly("email", "password"));
  }

  @Test
  void toString_neverShowsThePassword() {
    assertThat(new LogInCommand(ANA, "hunter2-secret").toString()).doesNotContain("hunter2");
  }
}
