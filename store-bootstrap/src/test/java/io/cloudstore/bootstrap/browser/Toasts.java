package io.cloudstore.bootstrap.browser;

import static io.cloudstore.bootstrap.browser.Browser.testId;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The notifications every page shows in its {@code toast-region}. */
final class Toasts {
  private Toasts() {}

  /**
   * Waits for the newest toast of this type ({@code success}, {@code info}, {@code error}) to show its
   * message, and returns that message. A toast fades in from transparent, and WebDriver reads no text from
   * an element the user cannot see yet, so the wait is for the text, not for the element.
   */
  static String await(Browser browser, String type) {
    By toasts = By.cssSelector("[data-testid=\"toast\"][data-type=\"" + type + "\"] .toast-message");
    return browser.waitUntil(
        driver -> {
          List<WebElement> messages = driver.findElements(toasts);
          String newest = messages.isEmpty() ? "" : messages.get(messages.size() - 1).getText();
          return newest.isEmpty() ? null : newest;
        },
        "a " + type + " toast with its message shown");
  }

  static int cartCount(Browser browser) {
    return Integer.parseInt(browser.driver().findElement(testId("cart-count")).getDomAttribute("data-count"));
  }
}
