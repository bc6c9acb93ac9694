package io.cloudstore.bootstrap.browser;

import io.cloudstore.bootstrap.browser.ShopApi.Session;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The real jar, started once per test class, and fresh browsers for every test: each test gets a new
 * Chromium profile (empty localStorage and sessionStorage) and makes its own accounts and products.
 * After each test the console of every browser it opened must be free of errors.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AbstractBrowserIT {
  private final List<Browser> browsers = new ArrayList<>();
  private ShopProcess shop;
  private ShopApi api;

  @RegisterExtension
  final FailureReport failureReport = new FailureReport(() -> shop, () -> browsers);

  @BeforeAll
  void startShop() {
    shop = ShopProcess.start(getClass().getSimpleName());
    api = new ShopApi(shop.baseUrl());
  }

  @AfterAll
  void stopShop() {
    if (shop != null) {
      shop.stop();
    }
  }

  @AfterEach
  void closeBrowsers() {
    try {
      for (Browser browser : browsers) {
        browser.console().assertNoErrors();
      }
    } finally {
      browsers.forEach(Browser::close);
      browsers.clear();
    }
  }

  /** A new desktop-sized browser, closed after the test. */
  Browser openBrowser() {
    return openBrowser(Viewport.DESKTOP);
  }

  Browser openBrowser(Viewport viewport) {
    Browser browser = Browser.open(shop.baseUrl(), viewport);
    browsers.add(browser);
    return browser;
  }

  ShopApi api() {
    return api;
  }

  Session admin() {
    return api.logIn(ShopProcess.ADMIN_EMAIL, shop.adminPassword());
  }

  String adminPassword() {
    return shop.adminPassword();
  }
}
