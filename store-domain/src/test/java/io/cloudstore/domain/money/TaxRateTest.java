package io.cloudstore.domain.money;

import static io.cloudstore.domain.ValidationAssertions.invalidFieldsOf;
import static io.cloudstore.domain.fixtures.TestMoney.EUR;
import static io.cloudstore.domain.fixtures.TestMoney.usd;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class TaxRateTest {

  @ParameterizedTest
  @CsvSource({"8.25, 8.25", "0, 0", "7.5, 7.5", "' 10 ', 10", "100, 100", "8.2500, 8.25", "0.0001, 0.0001"})
  void parse_decimalPercentage_readsThatRate(String text, BigDecimal expected) {
    assertThat(TaxRate.parse(text).percent()).isEqualByComparingTo(expected);
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", " ", "-1", "-0.01", "100.01", "101", "1e3", "abc", "8,25", "8.25%", "NaN", "0.00001"})
  void parse_negativeAboveHundredTooPreciseOrNotANumber_refusedNamingTaxRate(String text) {
    assertThat(invalidFieldsOf(() -> TaxRate.parse(text))).containsExactly("taxRate");
  }

  @Test
  void constructor_moreThanFourDecimalPlaces_refused() {
    assertThat(invalidFieldsOf(() -> new TaxRate(new BigDecimal("1.23456")))).containsExactly("taxRate");
  }

  @ParameterizedTest(name = "{1}% of {0} = {2}")
  @CsvSource({
    "1999, 8.25, 165", // 164.9175
    "1000, 8.25, 83", // 82.5, half rounds up
    "6, 8.25, 0", // 0.495
    "7, 8.25, 1", // 0.5775
    "1, 8.25, 0", // 0.0825
    "5, 10, 1", // 0.5
    "4, 10, 0", // 0.4
    "15, 10, 2", // 1.5
    "25, 10, 3", // 2.5
    "0, 8.25, 0",
    "12345, 0, 0",
    "12345, 100, 12345",
    "9999, 0.0001, 0" // 0.0009999
  })
  void taxOn_subtotal_roundsHalfUpToTheMinorUnit(long subtotal, String rate, long expectedTax) {
    assertThat(TaxRate.parse(rate).taxOn(usd(subtotal))).isEqualTo(usd(expectedTax));
  }

  @Test
  void taxOn_keepsTheSubtotalsCurrency() {
    assertThat(TaxRate.parse("20").taxOn(Money.of(1000, EUR))).isEqualTo(Money.of(200, EUR));
  }

  @Test
  void taxOn_largestSubtotalAtFullRate_doesNotOverflow() {
    assertThat(TaxRate.parse("100").taxOn(usd(Long.MAX_VALUE))).isEqualTo(usd(Long.MAX_VALUE));
  }

  @Test
  void none_chargesNoTax() {
    assertThat(TaxRate.NONE.taxOn(usd(987_654))).isEqualTo(usd(0));
  }
}
