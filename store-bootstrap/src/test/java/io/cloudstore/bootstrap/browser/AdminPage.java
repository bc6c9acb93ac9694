package io.cloudstore.bootstrap.browser;

import static io.cloudstore.bootstrap.browser.Browser.testId;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** admin.html: product form and list, and "ship an order". */
final class AdminPage {
  private final Browser browser;

  private AdminPage(Browser browser) {
    this.browser = browser;
  }

  static AdminPage visit(Browser browser) {
    browser.visit("/admin.html");
    return await(browser);
  }

  /** Waits until the admin UI is shown and its product list has loaded. */
  static AdminPage await(Browser browser) {
    browser.waitForPath("/admin.html");
    browser.element("admin-root");
    browser.waitUntil(
        driver -> "false".equals(driver.findElement(testId("admin-products")).getDomAttribute("aria-busy")),
        "the admin product list has loaded");
    return new AdminPage(browser);
  }

  /** Fills the product form (price as typed, e.g. "12.50") and submits it; returns the success toast. */
  String createProduct(String name, String description, String category, String price, int stock) {
    browser.type("pf-name", name);
    browser.type("pf-description", description);
    browser.type("pf-category", category);
    browser.type("pf-price", price);
    browser.type("pf-stock", String.valueOf(stock));
    browser.click("product-form-submit");
    return Toasts.await(browser, "success");
  }

  String firstProductName() {
    return browser.element("admin-product-name").getText();
  }

  /** Submits the "ship an order" form; read the outcome with {@link #shipResult()}. */
  void ship(String orderId) {
    browser.type("ship-order-id", orderId);
    browser.click("ship-order-submit");
  }

  /**
   * The outcome shown under the ship form: "ship-success SHIPPED" or "ship-error 404", or "" while there
   * is none.
   */
  String shipResult() {
    WebElement box = browser.driver().findElement(testId("ship-result"));
    for (WebElement result : box.findElements(By.cssSelector("[data-testid^=\"ship-\"]"))) {
      String testId = result.getDomAttribute("data-testid");
      String detail =
          "ship-success".equals(testId)
              ? result.getDomAttribute("data-status")
              : result.getDomAttribute("data-status-code");
      return testId + " " + detail;
    }
    return "";
  }

  String shipResultText() {
    return browser.driver().findElement(testId("ship-result")).getText();
  }
}
