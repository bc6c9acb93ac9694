package io.cloudstore.domain.order;

import io.cloudstore.domain.Text;
import io.cloudstore.domain.Validation;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Where an order goes. {@code line2} and {@code phone} are optional and empty when absent; {@code country}
 * is an ISO 3166-1 alpha-2 code such as {@code US}.
 */
public record ShippingAddress(
    String fullName, String line1, String line2, String city, String postalCode, String country, String phone) {
  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
  private static final Pattern POSTAL_CODE = Pattern.compile("[\\p{L}\\p{N} -]{1,20}");
  private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()./-]{4,30}");

  /** Validates every field and reports all invalid ones together. */
  public ShippingAddress {
    var v = new Validation();
    String checkedFullName = fullName;
    fullName = v.field("fullName", () -> Text.require("fullName", checkedFullName, 1, 100));
    String checkedLine1 = line1;
    line1 = v.field("line1", () -> Text.require("line1", checkedLine1, 1, 200));
    String checkedLine2 = line2;
    line2 = v.field("line2", () -> Text.optional("line2", checkedLine2, 200));
    String checkedCity = city;
    city = v.field("city", () -> Text.require("city", checkedCity, 1, 100));
    postalCode = postalCode == null ? null : postalCode.strip();
    v.check(postalCode != null && POSTAL_CODE.matcher(postalCode).matches(), "postalCode",
        "must be 1 to 20 letters, digits, spaces or dashes");
    country = country == null ? null : country.strip().toUpperCase(Locale.ROOT);
    v.check(country != null && COUNTRY.matcher(country).matches(), "country",
        "must be a two-letter country code such as US");
    phone = phone == null ? "" : phone.strip();
    v.check(phone.isEmpty() || PHONE.matcher(phone).matches(), "phone",
        "must be 4 to 30 digits, spaces and + ( ) . / -");
    v.throwIfInvalid();
  }
}
