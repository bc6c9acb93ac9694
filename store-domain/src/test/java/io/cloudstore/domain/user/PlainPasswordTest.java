package io.cloudstore.domain.user;

import static io.cloudstore.domain.ValidationAssertions.invalidFieldsOf;
import static io.cloudstore.domain.ValidationAssertions.validationFailureOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.cloudstore.domain.FieldError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class PlainPasswordTest {
  private static final String E_ACUTE = "\u00E9"; // two bytes in UTF-8
  private static final String TEA = "\uD83C\uDF75"; // four bytes in UTF-8

  @Test
  void password_from8To72AsciiCharacters_accepted() {
    assertThat(new PlainPassword("8 chars!").value()).isEqualTo("8 chars!");
    assertThat(new PlainPassword("p".repeat(72)).value()).hasSize(72);
  }

  @Test
  void password_of7Bytes_refusedAsTooShort() {
    var failure = validationFailureOf(() -> new PlainPassword("7 chars"));

    assertThat(failure.errors()).containsExactly(new FieldError("password", "must be at least 8 bytes long"));
  }

  @Test
  void password_of73Bytes_refusedAsTooLong() {
    var failure = validationFailureOf(() -> new PlainPassword("p".repeat(73)));

    assertThat(failure.errors())
        .containsExactly(new FieldError("password", "must be at most 72 bytes long (UTF-8)"));
  }

  @Test
  void password_multiByteCharacters_countedInUtf8Bytes() {
    assertThat(new PlainPassword(E_ACUTE.repeat(4)).value()).as("4 characters, 8 bytes").hasSize(4);
    assertThat(new PlainPassword(E_ACUTE.repeat(36)).value()).as("36 characters, 72 bytes").hasSize(36);
    assertThat(new PlainPassword(TEA.repeat(18)).value()).as("18 characters, 72 bytes").isNotEmpty();

    assertThat(invalidFieldsOf(() -> new PlainPassword(E_ACUTE.repeat(3) + "a"))).as("7 bytes")
        .containsExactly("password");
    assertThat(invalidFieldsOf(() -> new PlainPassword(E_ACUTE.repeat(36) + "a"))).as("37 characters, 73 bytes")
        .containsExactly("password");
    assertThat(invalidFieldsOf(() -> new PlainPassword(TEA.repeat(19)))).as("19 characters, 76 bytes")
        .containsExactly("password");
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = "")
  void password_missing_refusedAsRequired(String value) {
    assertThat(validationFailureOf(() -> new PlainPassword(value)).errors())
        .containsExactly(new FieldError("password", "is required"));
  }

  @Test
  void toString_neverShowsThePassword() {
    assertThat(new PlainPassword("correct horse battery").toString())
        .doesNotContain("correct")
        .contains("redacted");
  }

  @Test
  void passwordHash_blank_refusedAndNeverPrinted() {
    assertThatIllegalArgumentException().isThrownBy(() -> new PasswordHash(""));
    assertThatIllegalArgumentException().isThrownBy(() -> new PasswordHash("   "));
    assertThat(new PasswordHash("$2a$10$abcdef").toString()).doesNotContain("$2a$").contains("redacted");
  }
}
