package io.cloudstore.bootstrap.browser;

import static io.cloudstore.bootstrap.browser.Browser.testId;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The notifications every page shows in its {@code toast-region}. */
final class Toasts {
  private Toasts() {}

  /** Waits for a toast of this type ({@code success}, {@code info}, {@code error}); returns its message. */
  static String await(Browser browser, String type) {
    WebElement toast =
        browser.waitUntil(
            driver -> driver.findElement(By.cssSelector("[data-testid=\"toast\"][data-type=\"" + type + "\"]")),
            "a " + type + " toast");
    return toast.findElement(By.className("toast-message")).getText();
  }

  static int cartCount(Browser browser) {
    return Integer.parseInt(browser.driver().findElement(testId("cart-count")).getDomAttribute("data-count"));
  }
}
