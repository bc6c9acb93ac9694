package io.cloudstore.bootstrap.browser;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/**
 * From cart to order: checkout sends guests to log in or register and keeps their cart, places the order
 * once, shows it in the history and cancels it. Every test makes its own product, so stock counts are
 * its own. The shop charges {@value ShopProcess#TAX_RATE} % tax.
 */
class CheckoutBrowserIT extends AbstractBrowserIT {

  @Test
  void guestAtCheckout_registersOnTheWay_andComesBackToCheckoutWithTheGuestCart() {
    JsonNode product = newProduct(1100, 20);
    String id = product.path("id").asText();
    Browser browser = openBrowser();
    CatalogPage catalog = CatalogPage.visit(browser, "?q=" + encode(product.path("name").asText()));
    catalog.addToCart(id);
    browser.eventually(() -> assertThat(Toasts.cartCount(browser)).isEqualTo(1));
    browser.click("nav-cart");
    browser.waitForPath("/cart.html");
    assertThat(browser.element("cart-line").getDomAttribute("data-product-id")).isEqualTo(id);

    browser.click("checkout-button");
    AuthPage auth = AuthPage.await(browser);
    assertThat(browser.query()).isEqualTo("return=%2Fcheckout.html");
    auth.register("Grace Hopper", "grace-" + UUID.randomUUID() + "@example.com", "correct horse battery");

    CheckoutPage checkout = CheckoutPage.await(browser);
    assertThat(Toasts.await(browser, "success")).isEqualTo("Welcome to Cloud Store, Grace Hopper!");
    assertThat(checkout.summaryLines()).containsOnlyKeys(id);
    assertThat(checkout.summaryLines().get(id)).contains(product.path("name").asText(), "× 1", "$11.00");
    assertThat(browser.localStorage("cloudstore.cart")).as("the guest cart is gone once merged").isNull();
    Session grace = api().verify(browser.localStorage("cloudstore.token"));
    assertThat(grace.name()).isEqualTo("Grace Hopper");
    JsonNode serverCart = api().cart(grace);
    assertThat(serverCart.path("items")).hasSize(1);
    assertThat(serverCart.path("items").get(0).path("productId").asText()).isEqualTo(id);
    assertThat(serverCart.path("items").get(0).path("quantity").asInt()).isEqualTo(1);
  }

  @Test
  void guestAtCheckout_loggingIntoAnAccountWithACart_getsBothCartsMerged() {
    String guestPick = newProduct(900, 20).path("id").asText();
    String savedPick = newProduct(1500, 20).path("id").asText();
    Session customer = api().registerCustomer("Katherine Johnson");
    api().putCart(customer, savedPick, 2);
    Browser browser = openBrowser();
    ProductPage.visit(browser, guestPick).addToCart();

    browser.visit("/checkout.html");
    AuthPage.await(browser).logIn(customer.email(), customer.password());

    CheckoutPage checkout = CheckoutPage.await(browser);
    assertThat(checkout.summaryLines()).containsOnlyKeys(guestPick, savedPick);
    assertThat(checkout.summaryLines().get(guestPick)).contains("× 1");
    assertThat(checkout.summaryLines().get(savedPick)).contains("× 2");
    assertThat(Toasts.await(browser, "info")).isEqualTo("The items from your guest cart were added to your cart.");
    assertThat(api().cart(customer).path("items")).hasSize(2);
  }

  @Test
  void placedOrder_showsInTheHistoryWithItsTotals_andCancellingItReturnsTheStock() {
    JsonNode product = newProduct(1000, 5);
    String id = product.path("id").asText();
    String name = product.path("name").asText();
    Session customer = api().registerCustomer("Ada Lovelace");
    ShippingAddress address = ShippingAddress.example("Ada Lovelace");
    Browser browser = openBrowser();
    browser.signIn(customer);
    ProductPage page = ProductPage.visit(browser, id);
    assertThat(page.stockBadge()).isEqualTo("Only 5 left");
    assertThat(page.maxQuantity()).isEqualTo(5);
    page.chooseQuantity(2);
    page.addToCart();

    CheckoutPage checkout = CheckoutPage.visit(browser);
    checkout.fill(address);
    checkout.placeOrderButton().click();

    OrdersPage orders = checkout.awaitOrderPlaced();
    assertThat(Toasts.await(browser, "success")).isEqualTo("Thank you! Your order has been placed. Total $21.65.");
    String orderId = browser.query().replace("placed=", "");
    assertThat(orders.row(orderId).getDomAttribute("class")).contains("is-highlighted");
    assertThat(orders.status(orderId)).isEqualTo("PLACED");
    assertThat(orders.text(orderId, "order-items")).contains(name, "× 2", "$20.00");
    assertThat(orders.text(orderId, "order-subtotal")).isEqualTo("$20.00");
    assertThat(orders.text(orderId, "order-tax")).isEqualTo("$1.65");
    assertThat(orders.text(orderId, "order-total")).isEqualTo("$21.65");
    assertThat(orders.text(orderId, "order-address")).contains(address.line1(), address.city(), address.postalCode());
    assertThat(api().stockOf(id)).isEqualTo(3);
    page = ProductPage.visit(browser, id);
    assertThat(page.stockBadge()).isEqualTo("Only 3 left");
    assertThat(page.maxQuantity()).isEqualTo(3);

    orders = OrdersPage.visit(browser);
    orders.cancel(orderId);

    assertThat(orders.canCancel(orderId)).isFalse();
    assertThat(Toasts.await(browser, "success")).isEqualTo("Your order was cancelled.");
    assertThat(api().orders(customer.token()).get(0).path("status").asText()).isEqualTo("CANCELLED");
    assertThat(api().stockOf(id)).isEqualTo(5);
    page = ProductPage.visit(browser, id);
    assertThat(page.stockBadge()).isEqualTo("Only 5 left");
    assertThat(page.maxQuantity()).isEqualTo(5);
  }

  @Test
  void priceRiseDuringCheckout_isShownAsTheNewTotal_andNothingIsOrderedUntilTheShopperConfirms() {
    JsonNode product = newProduct(1000, 10);
    String id = product.path("id").asText();
    Session customer = api().registerCustomer("Grace Hopper");
    api().putCart(customer, id, 2);
    Browser browser = openBrowser();
    browser.signIn(customer);
    CheckoutPage checkout = CheckoutPage.visit(browser);
    assertThat(browser.element("summary-total").getText()).isEqualTo("$21.65"); // 2 × $10.00 + 8.25 % tax
    checkout.fill(ShippingAddress.example("Grace Hopper"));

    api().updateProduct(admin(), id, new NewProduct(product.path("name").asText(),
        product.path("description").asText(), product.path("category").asText(), 1200, 10));
    checkout.placeOrderButton().click();

    assertThat(browser.element("checkout-error").getText()).contains("The new total is $25.98");
    browser.console().assertNoErrors(new ExpectedFailedRequest("/api/orders", 409));
    assertThat(api().orders(customer.token())).as("nothing ordered at a price not shown").isEmpty();
    assertThat(api().stockOf(id)).isEqualTo(10);
    browser.waitUntil(driver -> browser.element("summary-total").getText().equals("$25.98"),
        "the summary shows the new total");

    checkout.placeOrderButton().click();

    checkout.awaitOrderPlaced();
    List<JsonNode> placed = api().orders(customer.token());
    assertThat(placed).hasSize(1);
    assertThat(placed.get(0).path("total").asLong()).isEqualTo(2598);
    assertThat(api().stockOf(id)).isEqualTo(8);
  }

  @Test
  void doubleClickOnPlaceOrder_placesExactlyOneOrder() {
    String id = newProduct(1200, 10).path("id").asText();
    Session customer = api().registerCustomer("Edsger Dijkstra");
    api().putCart(customer, id, 1);
    Browser browser = openBrowser();
    browser.signIn(customer);
    CheckoutPage checkout = CheckoutPage.visit(browser);
    checkout.fill(ShippingAddress.example("Edsger Dijkstra"));

    new Actions(browser.driver()).doubleClick(checkout.placeOrderButton()).perform();

    OrdersPage orders = checkout.awaitOrderPlaced();
    List<JsonNode> placed = api().orders(browser.localStorage("cloudstore.token"));
    assertThat(placed).hasSize(1);
    assertThat(orders.rowCount()).isEqualTo(1);
    assertThat(api().stockOf(id)).as("stock taken once").isEqualTo(9);
  }

  @Test
  void checkoutForm_isFilledAndSubmittedWithTheKeyboardAlone() {
    String id = newProduct(800, 10).path("id").asText();
    Session customer = api().registerCustomer("Barbara Liskov");
    api().putCart(customer, id, 1);
    ShippingAddress address =
        new ShippingAddress(
            "Barbara H. Liskov", "545 Technology Square", "Room 1", "Cambridge", "02139", "us", "+1 617 555 0199");
    Browser browser = openBrowser();
    browser.signIn(customer);
    CheckoutPage checkout = CheckoutPage.visit(browser);
    Keyboard keyboard = new Keyboard(browser);

    keyboard.tabUntilFocused("fullName");
    keyboard.replaceText(address.fullName());
    List<String> values =
        List.of(
            address.line1(), address.line2(), address.city(), address.postalCode(), address.country(), address.phone());
    List<String> nextFields = CheckoutPage.fieldIds().subList(1, CheckoutPage.fieldIds().size());
    for (int i = 0; i < nextFields.size(); i++) {
      keyboard.press(Keys.TAB);
      assertThat(keyboard.focusedId()).as("TAB moves to the next field").isEqualTo(nextFields.get(i));
      keyboard.type(values.get(i));
    }
    keyboard.press(Keys.TAB);
    assertThat(keyboard.focusedId()).isEqualTo("place-order");
    keyboard.press(Keys.ENTER);

    checkout.awaitOrderPlaced();
    JsonNode order = api().orders(customer.token()).get(0);
    assertThat(order.path("status").asText()).isEqualTo("PLACED");
    JsonNode shipped = order.path("shippingAddress");
    assertThat(shipped.path("fullName").asText()).isEqualTo(address.fullName());
    assertThat(shipped.path("line1").asText()).isEqualTo(address.line1());
    assertThat(shipped.path("city").asText()).isEqualTo(address.city());
    assertThat(shipped.path("country").asText()).as("the page upper-cases the country code").isEqualTo("US");
    assertThat(shipped.path("phone").asText()).isEqualTo(address.phone());
  }

  private JsonNode newProduct(long price, int stock) {
    String name = "Test Tin " + UUID.randomUUID().toString().substring(0, 8);
    NewProduct product = new NewProduct(name, "A product made for one browser test.", "Tea", price, stock);
    return api().createProduct(admin(), product);
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
