package io.cloudstore.adapter.in.http.order;

import io.cloudstore.domain.order.ShippingAddress;

/** Where an order goes; {@code line2} and {@code phone} may be left out. */
public record ShippingAddressRequest(
    String fullName, String line1, String line2, String city, String postalCode, String country, String phone) {
  /** @throws io.cloudstore.domain.ValidationException naming every invalid field */
  ShippingAddress toAddress() {
    return new ShippingAddress(fullName, line1, line2, city, postalCode, country, phone);
  }
}
