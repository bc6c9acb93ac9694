package io.cloudstore.bootstrap.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudstore.bootstrap.browser.ShopApi.Session;
import io.cloudstore.bootstrap.browser.ShopApi.ShippingAddress;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every page, with content, at desktop and phone width: no console errors, nothing wider than the screen,
 * and a full-page screenshot in {@code target/screenshots/<page>-<width>.png} for people to look at.
 */
class PageLayoutBrowserIT extends AbstractBrowserIT {
  private Session customer;
  private Session admin;
  private String productId;

  /** Who looks at the page. */
  private enum Visitor {
    GUEST,
    CUSTOMER,
    ADMIN
  }

  private enum ShopPage {
    INDEX("/index.html", Visitor.GUEST, "product-card"),
    PRODUCT("/product.html?id=", Visitor.GUEST, "product-detail"),
    AUTH("/auth.html", Visitor.GUEST, "login-form"),
    CART("/cart.html", Visitor.CUSTOMER, "cart-line"),
    CHECKOUT("/checkout.html", Visitor.CUSTOMER, "summary-line"),
    ORDERS("/orders.html", Visitor.CUSTOMER, "order-row"),
    ADMIN("/admin.html", Visitor.ADMIN, "admin-product-row");

    private final String path;
    private final Visitor visitor;
    private final String contentTestId;

    ShopPage(String path, Visitor visitor, String contentTestId) {
      this.path = path;
      this.visitor = visitor;
      this.contentTestId = contentTestId;
    }
  }

  static Stream<Arguments> pagesAndViewports() {
    return Arrays.stream(ShopPage.values())
        .flatMap(page -> Arrays.stream(Viewport.values()).map(viewport -> Arguments.of(page, viewport)));
  }

  /** A customer with an order in the history and two products in the cart. */
  @BeforeAll
  void createContent() {
    customer = api().registerCustomer("Margaret Hamilton");
    admin = admin();
    productId = api().productNamed("Ethiopia Yirgacheffe Whole Beans").path("id").asText();
    api().placeOrder(customer, productId, 2, ShippingAddress.example("Margaret Hamilton"));
    Map<String, Integer> cart = new LinkedHashMap<>();
    cart.put(productId, 1);
    cart.put(api().productNamed("Gooseneck Kettle 1 L").path("id").asText(), 2);
    api().putCart(customer, cart);
  }

  @ParameterizedTest(name = "{0} at {1}")
  @MethodSource("pagesAndViewports")
  void page_atEachWidth_showsItsContentWithoutConsoleErrorsOrSidewaysScrolling(ShopPage page, Viewport viewport) {
    Browser browser = openBrowser(viewport);
    if (page.visitor == Visitor.CUSTOMER) {
      browser.signIn(customer);
    } else if (page.visitor == Visitor.ADMIN) {
      browser.signIn(admin);
    }

    browser.visit(page == ShopPage.PRODUCT ? page.path + productId : page.path);
    browser.element(page.contentTestId);
    browser.waitUntil(
        driver -> (Boolean) browser.script("return document.querySelectorAll('[aria-busy=\"true\"]').length === 0;"),
        "nothing on the page is loading any more");

    String fileName = page.name().toLowerCase(Locale.ROOT) + "-" + viewport.width() + ".png";
    Path screenshot = BuildOutput.directory("screenshots").resolve(fileName);
    browser.screenshot(screenshot);
    browser.console().assertNoErrors();
    assertThat(((Number) browser.script("return window.innerWidth;")).intValue()).isEqualTo(viewport.width());
    assertThat(((Number) browser.script("return document.documentElement.scrollWidth;")).intValue())
        .as("the page is not wider than the %d px screen (see %s)", viewport.width(), screenshot)
        .isLessThanOrEqualTo(viewport.width());
  }
}
