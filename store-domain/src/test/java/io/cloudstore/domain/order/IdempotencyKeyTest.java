package io.cloudstore.domain.order;

import static io.cloudstore.domain.ValidationAssertions.invalidFieldsOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class IdempotencyKeyTest {

  @ParameterizedTest
  @ValueSource(strings = {"a", "checkout-2026-03-01", "550e8400-e29b-41d4-a716-446655440000", "!\"#$%&'()*~"})
  void key_visibleAscii_accepted(String value) {
    assertThat(new IdempotencyKey(value).value()).isEqualTo(value);
  }

  @Test
  void key_of100Characters_acceptedAnd101Refused() {
    assertThat(new IdempotencyKey("k".repeat(100)).value()).hasSize(100);
    assertThat(invalidFieldsOf(() -> new IdempotencyKey("k".repeat(101)))).containsExactly("Idempotency-Key");
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", " ", "two words", "tab\tkey", "caf\u00E9", "key\n"})
  void key_emptyOrInvisibleOrNonAscii_refusedNamingTheHeader(String value) {
    assertThat(invalidFieldsOf(() -> new IdempotencyKey(value))).containsExactly("Idempotency-Key");
  }
}
