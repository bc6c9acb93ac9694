package io.cloudstore.bootstrap.browser;

import static io.cloudstore.bootstrap.browser.Browser.testId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudstore.bootstrap.browser.Console.ExpectedFailedRequest;
import io.cloudstore.bootstrap.browser.ShopApi.NewProduct;
import io.cloudstore.bootstrap.browser.ShopApi.Session;
import io.cloudstore.bootstrap.browser.ShopApi.ShippingAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;

/**
 * The admin page: who may use it, creating products that shoppers then see, shipping orders; and product
 * text written by an admin that contains markup, which every page must show as text and never run.
 */
class AdminBrowserIT extends AbstractBrowserIT {

  @Test
  void admin_logsIn_createsAProduct_andShoppersFindItInTheCatalog() {
    String name = "Enamel Camp Mug " + shortId();
    Browser browser = openBrowser();
    CatalogPage.visit(browser, "");
    assertThat(browser.isShown("nav-admin")).isFalse();
    browser.click("login-link");
    AuthPage.await(browser).logIn(ShopProcess.ADMIN_EMAIL, adminPassword());
    browser.waitForPath("/index.html");
    browser.click("nav-admin");
    AdminPage admin = AdminPage.await(browser);

    String toast = admin.createProduct(name, "Speckled blue enamel, 350 ml.", "Kitchen", "12.50", 7);

    assertThat(toast).isEqualTo("Created " + name + ".");
    assertThat(admin.firstProductName()).isEqualTo(name);
    JsonNode created = api().productNamed(name);
    assertThat(created.path("price").asLong()).as("12.50 in cents").isEqualTo(1250);
    assertThat(created.path("stock").asInt()).isEqualTo(7);
    assertThat(created.path("category").asText()).isEqualTo("Kitchen");
    CatalogPage catalog = CatalogPage.visit(browser, "?category=Kitchen");
    catalog.typeSearch(name);
    catalog.awaitProductNames(List.of(name));
    WebElement card = catalog.card(created.path("id").asText());
    assertThat(card.findElement(testId("product-price")).getText()).isEqualTo("$12.50");
    assertThat(card.findElement(testId("stock-badge")).getText()).isEqualTo("In stock");
  }

  @Test
  void admin_shipsACustomersOrder_andTheCustomerSeesItShipped() {
    Session customer = api().registerCustomer("Alan Turing");
    String productId = api().productNamed("Earl Grey with Bergamot").path("id").asText();
    String orderId =
        api().placeOrder(customer, productId, 1, ShippingAddress.example("Alan Turing")).path("id").asText();
    Browser adminBrowser = openBrowser();
    adminBrowser.signIn(admin());
    AdminPage admin = AdminPage.visit(adminBrowser);

    admin.ship("no-such-order");
    adminBrowser.eventually(() -> assertThat(admin.shipResult()).isEqualTo("ship-error 404"));
    assertThat(admin.shipResultText()).isEqualTo("There is no order with that id.");
    adminBrowser.console().assertNoErrors(new ExpectedFailedRequest("/api/admin/orders/no-such-order/ship", 404));

    admin.ship(orderId);
    adminBrowser.eventually(() -> assertThat(admin.shipResult()).isEqualTo("ship-success SHIPPED"));
    assertThat(admin.shipResultText()).contains(orderId, "is now shipped");

    admin.ship(orderId);
    adminBrowser.eventually(() -> assertThat(admin.shipResult()).as("an order ships once").isEqualTo("ship-error 409"));
    adminBrowser.console().assertNoErrors(new ExpectedFailedRequest("/api/admin/orders/" + orderId + "/ship", 409));

    Browser customerBrowser = openBrowser();
    customerBrowser.signIn(customer);
    OrdersPage orders = OrdersPage.visit(customerBrowser);
    assertThat(orders.status(orderId)).isEqualTo("SHIPPED");
    assertThat(orders.canCancel(orderId)).as("a shipped order cannot be cancelled").isFalse();
  }

  @Test
  void productTextWithMarkup_isShownLiterallyOnEveryPage_andNeverRuns() {
    String name = "<img src=x onerror=alert(1)>";
    String description = "<script>alert(2)</script>";
    String category = "Markup " + shortId();
    String id = api().createProduct(admin(), new NewProduct(name, description, category, 990, 3)).path("id").asText();
    Browser browser = openBrowser();

    CatalogPage catalog =
        CatalogPage.visit(browser, "?category=" + URLEncoder.encode(category, StandardCharsets.UTF_8));
    assertThat(catalog.productNames()).containsExactly(name);
    assertNothingRan(browser);

    ProductPage product = catalog.openProduct(id);
    assertThat(product.name()).isEqualTo(name);
    assertThat(product.description()).isEqualTo(description);
    assertThat(browser.driver().getTitle()).isEqualTo(name + " · Cloud Store");
    assertThat(product.addToCart()).isEqualTo("Added 1 × " + name + " to your cart.");
    assertNothingRan(browser);

    browser.visit("/cart.html");
    assertThat(browser.element("cart-line-name").getText()).isEqualTo(name);
    assertNothingRan(browser);
  }

  @Test
  void customer_openingTheAdminPage_isToldItIsForAdminsOnly() {
    Session customer = api().registerCustomer("Curious Customer");
    Browser browser = openBrowser();
    browser.signIn(customer);

    browser.visit("/admin.html");

    assertThat(browser.element("admin-only").getText()).contains("Admins only");
    assertThat(browser.driver().findElement(testId("admin-root")).isDisplayed()).isFalse();
    assertThat(browser.isShown("nav-admin")).isFalse();
  }

  @Test
  void guest_openingTheAdminPage_isSentToLogInAndBack() {
    Browser browser = openBrowser();

    browser.visit("/admin.html");

    AuthPage.await(browser).logIn(ShopProcess.ADMIN_EMAIL, adminPassword());
    AdminPage.await(browser);
  }

  /**
   * No alert opened, and the markup did not become elements. (If it had, the page's Content-Security-Policy
   * would still block the inline handler, and the console check after the test would report it.)
   */
  private static void assertNothingRan(Browser browser) {
    assertThatThrownBy(() -> browser.driver().switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
    assertThat(browser.script("return document.querySelectorAll('img[src=\"x\"]').length;")).isEqualTo(0L);
    assertThat(browser.script("return document.querySelectorAll('script:not([src])').length;")).isEqualTo(0L);
  }

  private static String shortId() {
    return UUID.randomUUID().toString().substring(0, 8);
  }
}
