package io.cloudstore.domain.order;

import static io.cloudstore.domain.ValidationAssertions.invalidFieldsOf;
import static io.cloudstore.domain.fixtures.TestAddresses.anAddress;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ShippingAddressTest {

  @Test
  void address_fieldsAreTrimmedAndTheCountryUpperCased() {
    var address = new ShippingAddress(" Ana Lima ", " 1 Main St ", " Apt 2 ", " Springfield ", " 12345 ", " us ",
        " +1 555 0100 ");

    assertThat(address).isEqualTo(
        new ShippingAddress("Ana Lima", "1 Main St", "Apt 2", "Springfield", "12345", "US", "+1 555 0100"));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "   "})
  void address_withoutLine2OrPhone_hasEmptyOnes(String absent) {
    var address = new ShippingAddress("Ana Lima", "1 Main St", absent, "Springfield", "12345", "US", absent);

    assertThat(address.line2()).isEmpty();
    assertThat(address.phone()).isEmpty();
  }

  @Test
  void address_everyFieldInvalid_reportsAllOfThemTogetherByName() {
    assertThat(invalidFieldsOf(() ->
            new ShippingAddress(null, " ", "l".repeat(201), "", "#!", "USA", "call me maybe")))
        .containsExactlyInAnyOrder("fullName", "line1", "line2", "city", "postalCode", "country", "phone");
  }

  @Test
  void address_missingPostalCodeAndCountry_namesBoth() {
    assertThat(invalidFieldsOf(() -> anAddress().withPostalCode(null).withCountry(null).build()))
        .containsExactlyInAnyOrder("postalCode", "country");
  }

  @ParameterizedTest
  @ValueSource(strings = {"12345", "SW1A 1AA", "K1A-0B1", "75008", "1"})
  void postalCode_lettersDigitsSpacesAndDashes_accepted(String postalCode) {
    assertThat(anAddress().withPostalCode(postalCode).build().postalCode()).isEqualTo(postalCode);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "#123", "12345_6", "123456789012345678901", "1\u00002"})
  void postalCode_otherCharactersOrLongerThan20_refused(String postalCode) {
    assertThat(invalidFieldsOf(() -> anAddress().withPostalCode(postalCode).build())).containsExactly("postalCode");
  }

  @ParameterizedTest
  @ValueSource(strings = {"U", "USA", "U1", "12", "", "U S"})
  void country_notTwoLetters_refused(String country) {
    assertThat(invalidFieldsOf(() -> anAddress().withCountry(country).build())).containsExactly("country");
  }

  @Test
  void country_lowerCase_isUpperCased() {
    assertThat(anAddress().withCountry("de").build().country()).isEqualTo("DE");
  }

  @ParameterizedTest
  @ValueSource(strings = {"+1 (555) 010-0199", "030/1234567", "+44 20 7946 0958", "1234"})
  void phone_digitsAndUsualPunctuation_accepted(String phone) {
    assertThat(anAddress().withPhone(phone).build().phone()).isEqualTo(phone);
  }

  @ParameterizedTest
  @ValueSource(strings = {"123", "call me", "+1 555 0100 ext. 7", "1234567890123456789012345678901"})
  void phone_lettersOrWrongLength_refused(String phone) {
    assertThat(invalidFieldsOf(() -> anAddress().withPhone(phone).build())).containsExactly("phone");
  }

  @Test
  void textFields_controlCharactersOrTooLong_refusedByName() {
    assertThat(invalidFieldsOf(() -> anAddress().withLine1("1 Main\u0000St").build())).containsExactly("line1");
    assertThat(invalidFieldsOf(() -> anAddress().withFullName("n".repeat(101)).build())).containsExactly("fullName");
    assertThat(invalidFieldsOf(() -> anAddress().withCity("c".repeat(101)).build())).containsExactly("city");
    assertThat(anAddress().withFullName("n".repeat(100)).build().fullName()).hasSize(100);
  }
}
