package io.cloudstore.bootstrap.browser;

import static io.cloudstore.bootstrap.browser.Browser.testId;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** index.html: the product grid, category chips, search and "load more". */
final class CatalogPage {
  static final int PAGE_SIZE = 12;

  private final Browser browser;

  private CatalogPage(Browser browser) {
    this.browser = browser;
  }

  /** Opens the catalog ({@code query} like {@code "?category=Tea"} or {@code ""}) and waits for its products. */
  static CatalogPage visit(Browser browser, String query) {
    browser.visit("/index.html" + query);
    CatalogPage page = new CatalogPage(browser);
    page.awaitLoaded();
    return page;
  }

  private void awaitLoaded() {
    browser.waitUntil(
        driver -> {
          WebElement grid = driver.findElement(testId("product-grid"));
          boolean settled = "false".equals(grid.getDomAttribute("aria-busy"));
          return settled && (!browser.elements("product-card").isEmpty() || browser.isShown("empty-state"));
        },
        "the catalog shows its products");
  }

  /** The names on the product cards, in page order. */
  List<String> productNames() {
    return browser.elements("product-card").stream()
        .map(card -> card.findElement(testId("product-name")).getText())
        .collect(Collectors.toList());
  }

  void awaitProductNames(List<String> expected) {
    browser.eventually(() -> assertThat(productNames()).containsExactlyElementsOf(expected));
  }

  WebElement card(String productId) {
    return browser.waitUntil(
        driver ->
            driver.findElement(
                By.cssSelector("[data-testid=\"product-card\"][data-product-id=\"" + productId + "\"]")),
        "the product card of " + productId);
  }

  WebElement categoryOption(String category) {
    return browser.driver().findElement(
        By.cssSelector("[data-testid=\"category-option\"][data-category=\"" + category + "\"]"));
  }

  void chooseCategory(String category) {
    browser.waitUntil(driver -> categoryOption(category), "the category chip " + category).click();
  }

  /** Types into the search box key by key, as a shopper does; the page searches after a pause. */
  void typeSearch(String text) {
    browser.element("search-input").sendKeys(text);
  }

  /**
   * From now on, notes the {@code q} of every product-list request the page starts (including ones it
   * aborts again), by wrapping {@code window.fetch}; read them with {@link #searchRequestQueries()}.
   */
  void recordSearchRequests() {
    browser.script(
        "window.searchRequests = [];"
            + "const realFetch = window.fetch;"
            + "window.fetch = function (resource, options) {"
            + "  const url = new URL(String(resource), window.location.href);"
            + "  if (url.pathname === '/api/products' && url.searchParams.has('q')) {"
            + "    window.searchRequests.push(url.searchParams.get('q'));"
            + "  }"
            + "  return realFetch.call(this, resource, options);"
            + "};");
  }

  List<String> searchRequestQueries() {
    @SuppressWarnings("unchecked")
    List<String> queries = (List<String>) browser.script("return window.searchRequests;");
    return queries;
  }

  void loadMore() {
    browser.click("load-more");
  }

  boolean hasLoadMore() {
    return browser.isShown("load-more");
  }

  /** Clicks "Add to cart" on a card and waits for the confirmation toast. */
  void addToCart(String productId) {
    card(productId).findElement(testId("add-to-cart")).click();
    Toasts.await(browser, "success");
  }

  ProductPage openProduct(String productId) {
    card(productId).findElement(testId("product-name")).click();
    return ProductPage.await(browser);
  }
}
