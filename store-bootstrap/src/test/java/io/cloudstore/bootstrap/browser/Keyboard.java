package io.cloudstore.bootstrap.browser;

import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/** Key presses sent to whatever has the focus, as a keyboard-only user would. */
final class Keyboard {
  private static final int MAX_TABS = 40;

  private final Browser browser;

  Keyboard(Browser browser) {
    this.browser = browser;
  }

  void press(CharSequence key) {
    new Actions(browser.driver()).sendKeys(key).perform();
  }

  void type(String text) {
    new Actions(browser.driver()).sendKeys(text).perform();
  }

  /** Selects the focused field's text (Ctrl+A) and types over it. */
  void replaceText(String text) {
    new Actions(browser.driver()).keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL).sendKeys(text).perform();
  }

  String focusedId() {
    return (String) browser.script("return document.activeElement ? document.activeElement.id : '';");
  }

  /** Presses TAB from the current focus until the element with this id has it; fails if it is never reached. */
  void tabUntilFocused(String id) {
    for (int presses = 0; presses < MAX_TABS; presses++) {
      if (id.equals(focusedId())) {
        return;
      }
      press(Keys.TAB);
    }
    throw new AssertionError(
        "#" + id + " was not reached with " + MAX_TABS + " presses of TAB (focus is on #" + focusedId() + ")");
  }
}
