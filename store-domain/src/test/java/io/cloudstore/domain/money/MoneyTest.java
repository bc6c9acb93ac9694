package io.cloudstore.domain.money;

import static io.cloudstore.domain.ValidationAssertions.invalidFieldsOf;
import static io.cloudstore.domain.fixtures.TestMoney.EUR;
import static io.cloudstore.domain.fixtures.TestMoney.USD;
import static io.cloudstore.domain.fixtures.TestMoney.eur;
import static io.cloudstore.domain.fixtures.TestMoney.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MoneyTest {

  @Test
  void plus_sameCurrency_addsTheAmounts() {
    assertThat(usd(1999).plus(usd(1))).isEqualTo(usd(2000));
  }

  @Test
  void plus_differentCurrencies_refusedNamingTheCurrency() {
    assertThat(invalidFieldsOf(() -> usd(100).plus(eur(100)))).containsExactly("currency");
  }

  @Test
  void plus_pastTheLargestAmount_throwsInsteadOfWrapping() {
    assertThatThrownBy(() -> usd(Long.MAX_VALUE).plus(usd(1))).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> usd(Long.MIN_VALUE).plus(usd(-1))).isInstanceOf(ArithmeticException.class);
  }

  @Test
  void plus_upToTheLargestAmount_isExact() {
    assertThat(usd(Long.MAX_VALUE - 1).plus(usd(1))).isEqualTo(usd(Long.MAX_VALUE));
  }

  @Test
  void times_multipliesTheAmountKeepingTheCurrency() {
    assertThat(eur(1250).times(3)).isEqualTo(eur(3750));
  }

  @Test
  void times_overflowingTheAmount_throwsInsteadOfWrapping() {
    assertThatThrownBy(() -> usd(Long.MAX_VALUE / 2 + 1).times(2)).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> usd(4_000_000_000_000_000_000L).times(99)).isInstanceOf(ArithmeticException.class);
  }

  @Test
  void compareTo_sameCurrency_ordersByAmount() {
    assertThat(usd(100)).isLessThan(usd(101));
    assertThat(usd(-5)).isLessThan(usd(0));
    assertThat(usd(100).compareTo(usd(100))).isZero();
  }

  @Test
  void compareTo_differentCurrencies_refused() {
    assertThat(invalidFieldsOf(() -> usd(100).compareTo(eur(1)))).containsExactly("currency");
  }

  @Test
  void zero_isZeroInTheGivenCurrency() {
    Money zero = Money.zero(EUR);

    assertThat(zero.amount()).isZero();
    assertThat(zero.currency()).isEqualTo(EUR);
    assertThat(zero.isPositive()).isFalse();
    assertThat(zero.isNegative()).isFalse();
  }

  @Test
  void isPositiveAndIsNegative_followTheSignOfTheAmount() {
    assertThat(usd(1).isPositive()).isTrue();
    assertThat(usd(-1).isNegative()).isTrue();
    assertThat(usd(-1).isPositive()).isFalse();
  }

  @Test
  void equality_needsTheSameAmountAndCurrency() {
    assertThat(Money.of(500, USD)).isEqualTo(usd(500));
    assertThat(usd(500)).isNotEqualTo(eur(500));
    assertThat(usd(500)).isNotEqualTo(usd(501));
  }

  @Test
  void missingCurrency_refused() {
    assertThatNullPointerException().isThrownBy(() -> Money.of(1, null));
  }

  @Test
  void toString_showsMinorUnitsAndCurrencyCode() {
    assertThat(usd(1999)).hasToString("1999 USD");
  }
}
