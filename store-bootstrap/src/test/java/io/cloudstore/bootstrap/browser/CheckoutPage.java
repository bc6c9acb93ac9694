package io.cloudstore.bootstrap.browser;

import io.cloudstore.bootstrap.browser.ShopApi.ShippingAddress;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openqa.selenium.WebElement;

/** checkout.html: the shipping form, the server-priced summary and "Place order". */
final class CheckoutPage {
  private final Browser browser;

  private CheckoutPage(Browser browser) {
    this.browser = browser;
  }

  static CheckoutPage visit(Browser browser) {
    browser.visit("/checkout.html");
    return await(browser);
  }

  /** Waits until checkout shows the form and the summary of a non-empty cart. */
  static CheckoutPage await(Browser browser) {
    browser.waitForPath("/checkout.html");
    browser.element("checkout-form");
    browser.element("summary-line");
    return new CheckoutPage(browser);
  }

  /** productId → the summary line's text (e.g. "Earl Grey with Bergamot × 1 $11.00"). */
  Map<String, String> summaryLines() {
    return browser.elements("summary-line").stream()
        .collect(Collectors.toMap(line -> line.getDomAttribute("data-product-id"), WebElement::getText));
  }

  void fill(ShippingAddress address) {
    browser.type("ship-fullName", address.fullName());
    browser.type("ship-line1", address.line1());
    browser.type("ship-line2", address.line2());
    browser.type("ship-city", address.city());
    browser.type("ship-postalCode", address.postalCode());
    browser.type("ship-country", address.country());
    browser.type("ship-phone", address.phone());
  }

  WebElement placeOrderButton() {
    return browser.element("place-order");
  }

  /** After placing an order: the order history with the new order highlighted. */
  OrdersPage awaitOrderPlaced() {
    browser.waitForPath("/orders.html");
    return OrdersPage.await(browser);
  }

  /** The ids of the form's inputs in the order they are shown. */
  static List<String> fieldIds() {
    return List.of("fullName", "line1", "line2", "city", "postalCode", "country", "phone");
  }
}
