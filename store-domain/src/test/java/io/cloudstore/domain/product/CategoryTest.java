package io.cloudstore.domain.product;

import static io.cloudstore.domain.ValidationAssertions.invalidFieldsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class CategoryTest {

  @Test
  void category_isTrimmedAndKeepsItsCase() {
    assertThat(new Category("  Kitchen ").value()).isEqualTo("Kitchen");
    assertThat(new Category("kitchen")).isNotEqualTo(new Category("Kitchen"));
  }

  @Test
  void category_of50Characters_accepted() {
    assertThat(new Category("c".repeat(50)).value()).hasSize(50);
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "   ", "Kitchen\u0000", "a\rb"})
  void category_missingBlankOrWithControlCharacters_refusedNamingCategory(String value) {
    assertThat(invalidFieldsOf(() -> new Category(value))).containsExactly("category");
  }

  @Test
  void category_longerThan50Characters_refused() {
    assertThat(invalidFieldsOf(() -> new Category("c".repeat(51)))).containsExactly("category");
  }

  @Test
  void categoryCount_negative_refused() {
    assertThatIllegalArgumentException().isThrownBy(() -> new CategoryCount(new Category("Kitchen"), -1));
    assertThat(new CategoryCount(new Category("Kitchen"), 0).count()).isZero();
  }
}
