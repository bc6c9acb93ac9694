package io.cloudstore.domain;

import static io.cloudstore.domain.ValidationAssertions.invalidFieldsOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.cloudstore.domain.order.OrderId;
import io.cloudstore.domain.product.ProductId;
import io.cloudstore.domain.user.UserId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class IdsTest {

  @ParameterizedTest
  @ValueSource(strings = {"a", "Z", "7", "product_1", "A-b_C-9", "550e8400-e29b-41d4-a716-446655440000"})
  void require_lettersDigitsDashesAndUnderscores_returnsTheValueUnchanged(String id) {
    assertThat(Ids.require("productId", id)).isEqualTo(id);
  }

  @Test
  void require_exactly64Characters_accepted() {
    String longest = "a".repeat(64);

    assertThat(Ids.require("productId", longest)).isEqualTo(longest);
  }

  @Test
  void require_65Characters_refusedNamingTheField() {
    assertThat(invalidFieldsOf(() -> Ids.require("productId", "a".repeat(65)))).containsExactly("productId");
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(
      strings = {"", " ", "  \t", "a b", " a", "a/b", "../etc", "a.b", "a:b", "ü", "a\n", "id%20", "<script>"})
  void require_blankOrIllegalCharacters_refusedNamingTheField(String id) {
    assertThat(invalidFieldsOf(() -> Ids.require("orderId", id))).containsExactly("orderId");
  }

  @Test
  void idRecords_refuseBadValues_eachNamingItsOwnField() {
    assertThat(invalidFieldsOf(() -> new ProductId("no spaces"))).containsExactly("productId");
    assertThat(invalidFieldsOf(() -> new UserId(""))).containsExactly("userId");
    assertThat(invalidFieldsOf(() -> new OrderId(null))).containsExactly("orderId");
  }

  @Test
  void idRecords_sameValue_areEqualAndPrintAsTheValue() {
    assertThat(new ProductId("p-1")).isEqualTo(new ProductId("p-1")).hasToString("p-1");
    assertThat(new UserId("u-1")).isNotEqualTo(new UserId("u-2"));
  }
}
