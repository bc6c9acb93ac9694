package io.cloudstore.bootstrap.browser;

import static io.cloudstore.bootstrap.browser.Browser.testId;
import static io.cloudstore.bootstrap.browser.ShopApi.names;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * A guest browses the demo catalog: pages through it, filters by category, searches, opens a product and
 * puts it in the guest cart (localStorage). Nothing here changes the catalog, so the API's answers are
 * the expected page content.
 */
class CatalogBrowserIT extends AbstractBrowserIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void loadMore_pageByPage_showsEveryProductOnceInTheApisOrder() {
    List<String> everything = names(api().products());
    assertThat(everything).as("the demo catalog spans three pages").hasSizeGreaterThan(2 * CatalogPage.PAGE_SIZE);
    Browser browser = openBrowser();

    CatalogPage catalog = CatalogPage.visit(browser, "");
    assertThat(catalog.productNames()).containsExactlyElementsOf(everything.subList(0, CatalogPage.PAGE_SIZE));

    catalog.loadMore();
    catalog.awaitProductNames(everything.subList(0, 2 * CatalogPage.PAGE_SIZE));
    assertThat(catalog.hasLoadMore()).isTrue();

    catalog.loadMore();
    catalog.awaitProductNames(everything);
    assertThat(catalog.hasLoadMore()).as("no 'load more' after the last page").isFalse();
    assertThat(browser.element("results-summary").getText()).isEqualTo("Showing " + everything.size() + " products.");
  }

  @Test
  void categoryChip_showsOnlyThatCategory_andKeepsTheFilterInTheUrl() {
    List<String> tea = names(api().products("category", "Tea"));
    Browser browser = openBrowser();
    CatalogPage catalog = CatalogPage.visit(browser, "");

    catalog.chooseCategory("Tea");

    catalog.awaitProductNames(tea);
    assertThat(browser.elements("product-category")).extracting(WebElement::getText).allMatch("Tea"::equalsIgnoreCase);
    assertThat(catalog.categoryOption("Tea").getDomAttribute("aria-pressed")).isEqualTo("true");
    assertThat(catalog.categoryOption("").getDomAttribute("aria-pressed")).isEqualTo("false");
    assertThat(browser.element("catalog-heading").getText()).isEqualTo("Tea");
    assertThat(browser.query()).isEqualTo("category=Tea");
    assertThat(catalog.hasLoadMore()).isFalse();
  }

  @Test
  void typingASearch_sendsOneRequestAfterThePause_andFindsNameAndDescriptionMatches() {
    List<String> bergamot = names(api().products("q", "bergamot"));
    assertThat(bergamot).as("a name match and a description match").hasSize(2);
    Browser browser = openBrowser();
    CatalogPage catalog = CatalogPage.visit(browser, "");
    catalog.recordSearchRequests();

    catalog.typeSearch("berga");
    catalog.typeSearch("mot");

    catalog.awaitProductNames(bergamot);
    assertThat(catalog.searchRequestQueries())
        .as("two quick bursts of typing make one request for the whole word, not one per letter or burst")
        .containsExactly("bergamot");
    assertThat(browser.query()).isEqualTo("q=bergamot");
    assertThat(browser.element("results-summary").getText()).isEqualTo("Showing 2 products matching “bergamot”.");
  }

  @Test
  void searchWithoutMatches_showsTheEmptyState_andClearingBringsTheCatalogBack() {
    List<String> firstPage = names(api().products()).subList(0, CatalogPage.PAGE_SIZE);
    Browser browser = openBrowser();
    CatalogPage catalog = CatalogPage.visit(browser, "?category=Coffee");

    catalog.typeSearch("unobtainium" + Keys.ENTER);

    assertThat(browser.element("empty-state").getText()).contains("No products match your search");
    assertThat(catalog.productNames()).isEmpty();
    browser.click("clear-filters");
    catalog.awaitProductNames(firstPage);
    assertThat(browser.element("search-input").getDomProperty("value")).isEmpty();
    assertThat(browser.query()).isEmpty();
    assertThat(catalog.categoryOption("").getDomAttribute("aria-pressed")).isEqualTo("true");
  }

  @Test
  void soldOutProduct_offersNoAddToCart() {
    JsonNode soldOut = api().productNamed("Swiss Water Decaf");
    assertThat(soldOut.path("stock").asInt()).isZero();
    Browser browser = openBrowser();
    CatalogPage catalog = CatalogPage.visit(browser, "?category=Coffee");

    WebElement card = catalog.card(soldOut.path("id").asText());

    assertThat(card.findElement(testId("stock-badge")).getText()).isEqualTo("Sold out");
    WebElement button = card.findElement(testId("add-to-cart"));
    assertThat(button.isEnabled()).isFalse();
    assertThat(button.getText()).isEqualTo("Sold out");
  }

  @Test
  void guest_opensAProductFromTheCatalog_andAddsItToTheCartKeptInLocalStorage() throws Exception {
    JsonNode sencha = api().productNamed("Japanese Sencha");
    String id = sencha.path("id").asText();
    Browser browser = openBrowser();
    CatalogPage catalog = CatalogPage.visit(browser, "");
    catalog.typeSearch("sencha");
    catalog.awaitProductNames(List.of("Japanese Sencha"));

    ProductPage product = catalog.openProduct(id);

    assertThat(browser.query()).isEqualTo("id=" + id);
    assertThat(product.name()).isEqualTo("Japanese Sencha");
    assertThat(product.price()).isEqualTo("$13.00");
    assertThat(product.stockBadge()).isEqualTo("In stock");
    assertThat(product.description()).isEqualTo(sencha.path("description").asText());
    product.chooseQuantity(2);
    assertThat(product.addToCart()).isEqualTo("Added 2 × Japanese Sencha to your cart.");
    browser.eventually(() -> assertThat(Toasts.cartCount(browser)).isEqualTo(2));
    assertThat(JSON.readTree(browser.localStorage("cloudstore.cart")))
        .isEqualTo(JSON.readTree("[{\"productId\":\"" + id + "\",\"quantity\":2}]"));

    browser.click("view-cart");
    browser.waitForPath("/cart.html");
    WebElement line = browser.element("cart-line");
    assertThat(line.getDomAttribute("data-product-id")).isEqualTo(id);
    assertThat(line.findElement(testId("quantity-input")).getDomProperty("value")).isEqualTo("2");
    assertThat(line.findElement(testId("line-total")).getText()).isEqualTo("$26.00");
  }
}
