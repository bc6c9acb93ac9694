package io.cloudstore.bootstrap.browser;

/** auth.html: the log-in and register forms. */
final class AuthPage {
  private final Browser browser;

  private AuthPage(Browser browser) {
    this.browser = browser;
  }

  /** Waits until the browser is on the log-in page (e.g. after a redirect). */
  static AuthPage await(Browser browser) {
    browser.waitForPath("/auth.html");
    browser.awaitScript();
    browser.element("login-panel");
    return new AuthPage(browser);
  }

  void register(String name, String email, String password) {
    browser.click("show-register");
    browser.element("register-panel");
    browser.type("register-name", name);
    browser.type("register-email", email);
    browser.type("register-password", password);
    browser.click("register-submit");
  }

  void logIn(String email, String password) {
    browser.type("login-email", email);
    browser.type("login-password", password);
    browser.click("login-submit");
  }
}
