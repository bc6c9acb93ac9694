package io.cloudstore.domain.user;

import static io.cloudstore.domain.ValidationAssertions.invalidFieldsOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailTest {

  @Test
  void email_isTrimmedAndLowerCased() {
    assertThat(new Email("  Ana.Lima@Example.COM \n").value()).isEqualTo("ana.lima@example.com");
  }

  @Test
  void email_typedInAnotherCase_isTheSameEmail() {
    assertThat(new Email("ANA@EXAMPLE.COM")).isEqualTo(new Email("ana@example.com"))
        .hasSameHashCodeAs(new Email("Ana@Example.com"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"a@b.co", "first.last+shop@mail.example.org", "o'brien@example.ie", "x_1@sub-d.example.com"})
  void email_usualShapes_accepted(String address) {
    assertThat(new Email(address).value()).isEqualTo(address);
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {
    "", "   ", "ana", "ana@", "@example.com", "ana@example", "ana@@example.com", "ana@exa@mple.com",
    "ana lima@example.com", "ana@exa mple.com", "ana@.example.com", "ana@example..com", "ana@example.com.",
    "ana\u0000@example.com", "ana@example.com\u0007x"
  })
  void email_badShape_refusedNamingEmail(String address) {
    assertThat(invalidFieldsOf(() -> new Email(address))).containsExactly("email");
  }

  @Test
  void email_localPartLongerThan64Characters_refused() {
    assertThat(new Email("a".repeat(64) + "@example.com").value()).startsWith("a".repeat(64));
    assertThat(invalidFieldsOf(() -> new Email("a".repeat(65) + "@example.com"))).containsExactly("email");
  }

  @Test
  void email_longerThan254Characters_refused() {
    String domain = "d".repeat(63) + "." + "e".repeat(63) + "." + "f".repeat(63) + "." + "com";
    String address = "a".repeat(64) + "@" + domain;

    assertThat(address).hasSizeGreaterThan(254);
    assertThat(invalidFieldsOf(() -> new Email(address))).containsExactly("email");
  }
}
