package io.cloudstore.bootstrap.browser;

import static io.cloudstore.bootstrap.browser.Browser.testId;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** orders.html: the order history, with "Cancel order" while an order is PLACED. */
final class OrdersPage {
  private final Browser browser;

  private OrdersPage(Browser browser) {
    this.browser = browser;
  }

  static OrdersPage visit(Browser browser) {
    browser.visit("/orders.html");
    return await(browser);
  }

  static OrdersPage await(Browser browser) {
    browser.waitForPath("/orders.html");
    browser.waitUntil(
        driver -> "false".equals(driver.findElement(testId("order-list")).getDomAttribute("aria-busy")),
        "the order history has loaded");
    return new OrdersPage(browser);
  }

  WebElement row(String orderId) {
    return browser.waitUntil(
        driver -> driver.findElement(By.cssSelector("[data-testid=\"order-row\"][data-order-id=\"" + orderId + "\"]")),
        "the row of order " + orderId);
  }

  int rowCount() {
    return browser.elements("order-row").size();
  }

  /** The status the row shows, from its status badge. */
  String status(String orderId) {
    return row(orderId).findElement(testId("order-status")).getDomAttribute("data-status");
  }

  String text(String orderId, String testId) {
    return row(orderId).findElement(testId(testId)).getText();
  }

  boolean canCancel(String orderId) {
    return !row(orderId).findElements(testId("cancel-order")).isEmpty();
  }

  /** Cancel order → confirm; waits until the row is shown again as CANCELLED. */
  void cancel(String orderId) {
    row(orderId).findElement(testId("cancel-order")).click();
    browser.element(row(orderId), "confirm-cancel").click();
    browser.waitUntil(driver -> "CANCELLED".equals(status(orderId)), "order " + orderId + " shows CANCELLED");
  }
}
