package io.cloudstore.domain.product;

import static io.cloudstore.domain.ValidationAssertions.invalidFieldsOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QuantityTest {

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 50, 99})
  void quantity_from1To99_accepted(int value) {
    assertThat(Quantity.of(value).value()).isEqualTo(value);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, 100, 1000, Integer.MIN_VALUE, Integer.MAX_VALUE})
  void quantity_outside1To99_refusedNamingQuantity(int value) {
    assertThat(invalidFieldsOf(() -> Quantity.of(value))).containsExactly("quantity");
  }
}
