package io.cloudstore.bootstrap.browser;

/** product.html?id=…: details, stock, the quantity stepper and "Add to cart". */
final class ProductPage {
  private final Browser browser;

  private ProductPage(Browser browser) {
    this.browser = browser;
  }

  static ProductPage visit(Browser browser, String productId) {
    browser.visit("/product.html?id=" + productId);
    return await(browser);
  }

  static ProductPage await(Browser browser) {
    browser.waitForPath("/product.html");
    browser.element("product-detail");
    return new ProductPage(browser);
  }

  String name() {
    return browser.element("product-name").getText();
  }

  String price() {
    return browser.element("product-price").getText();
  }

  String description() {
    return browser.element("product-description").getText();
  }

  String stockBadge() {
    return browser.element("stock-badge").getText();
  }

  /** The largest quantity the stepper allows (its input's {@code max}). */
  int maxQuantity() {
    return Integer.parseInt(browser.element("quantity-input").getDomAttribute("max"));
  }

  int quantity() {
    return Integer.parseInt(browser.element("quantity-input").getDomProperty("value"));
  }

  /** Presses "+" until the stepper shows {@code quantity}. */
  void chooseQuantity(int quantity) {
    while (quantity() < quantity) {
      int before = quantity();
      browser.click("quantity-increase");
      browser.waitUntil(driver -> quantity() == before + 1, "the quantity goes up to " + (before + 1));
    }
  }

  /** Clicks "Add to cart" and returns the success toast's message. */
  String addToCart() {
    browser.click("add-to-cart");
    return Toasts.await(browser, "success");
  }
}
