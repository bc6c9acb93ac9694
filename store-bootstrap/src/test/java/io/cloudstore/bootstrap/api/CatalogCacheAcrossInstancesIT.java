package io.cloudstore.bootstrap.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The catalog cache's stated bound, end to end: two jars on one DynamoDB (the emulator CI starts), each
 * caching the catalog for {@link #TTL}. An admin's change made through instance A is shown by A at once; B
 * keeps showing what it had read until the TTL has passed since that read, then shows the change. Meanwhile
 * checkout on B goes by the stored stock, not by what B's catalog shows.
 */
class CatalogCacheAcrossInstancesIT {
  private static final Duration TTL = Duration.ofSeconds(2);
  /** How long after the TTL B may take to show the change: a loaded machine and the emulator are slow. */
  private static final Duration MARGIN = Duration.ofSeconds(3);
  /** The shops time entries by the wall clock, this test by System.nanoTime; they may drift a little. */
  private static final Duration CLOCK_TOLERANCE = Duration.ofMillis(250);
  /** Each round needs B's second read within the TTL of its first; a stalled machine gets another round. */
  private static final int ROUNDS = 3;

  private static EmulatorShops shops;
  private static ApiClient a;
  private static ApiClient b;
  private static String adminToken;
  private static String customerToken;

  @BeforeAll
  static void startTwoCachingShops() throws Exception {
    shops = new EmulatorShops("cache", Map.of("STORE_CATALOG_CACHE_TTL", TTL.toString()));
    a = shops.start();
    b = shops.start();
    adminToken = a.post("/api/auth/login", Map.of("email", EmulatorShops.ADMIN_EMAIL, "password", Shop.PASSWORD))
        .json().path("token").asText();
    ApiResponse registered =
        b.post("/api/auth/register", Shop.registration("Cache Shopper", Shop.uniqueEmail(), Shop.PASSWORD));
    assertThat(registered.status()).as("%s", registered).isEqualTo(201);
    customerToken = registered.json().path("token").asText();
  }

  @AfterAll
  static void stopShops() throws Exception {
    shops.close();
  }

  @Test
  void anAdminsChange_isShownAtOnceOnTheirInstance_andOnTheOtherOnlyOnceTheTtlHasPassed() throws Exception {
    for (int round = 1; round <= ROUNDS; round++) {
      if (changeAndWatch()) {
        return;
      }
    }
    fail("in " + ROUNDS + " rounds, instance B never answered twice within " + TTL
        + ", so whether it served its cached page could not be told");
  }

  /** One round on a new product; false if B's second read came too late to tell cached from fresh. */
  private boolean changeAndWatch() throws InterruptedException {
    String category = Shop.unique("cat");
    String pagePath = "/api/products?category=" + category;
    ApiResponse created =
        a.post("/api/admin/products", Shop.productBody(category, "Storm lantern", 1000, 5), adminToken);
    assertThat(created.status()).as("%s", created).isEqualTo(201);
    String id = created.json().path("id").asText();
    String productPath = "/api/products/" + id;

    long cachedFrom = System.nanoTime();
    assertThat(shown(b, productPath, pagePath)).isEqualTo(Shown.everywhere(1000, 5));

    ApiResponse changed =
        a.put("/api/admin/products/" + id, Shop.productBody(category, "Storm lantern", 1500, 0), adminToken);
    assertThat(changed.status()).as("%s", changed).isEqualTo(200);
    long changedAt = System.nanoTime();
    assertThat(shown(a, productPath, pagePath)).as("on A, which made the change")
        .isEqualTo(Shown.everywhere(1500, 0));

    Shown onB = shown(b, productPath, pagePath);
    boolean withinTtl = System.nanoTime() - cachedFrom < TTL.toNanos();
    ApiResponse order = b.post("/api/orders", Shop.orderOf(List.of(Shop.item(id, 1))), customerToken);
    assertThat(order.status()).as("checkout on B goes by the stored stock: %s", order).isEqualTo(409);
    if (!withinTtl) {
      return false;
    }
    assertThat(onB).as("on B, within the TTL of its read").isEqualTo(Shown.everywhere(1000, 5));

    long deadline = changedAt + TTL.plus(MARGIN).toNanos();
    while (!shown(b, productPath, pagePath).equals(Shown.everywhere(1500, 0))) {
      assertThat(System.nanoTime()).as("B shows the change within TTL + %s", MARGIN).isLessThan(deadline);
      Thread.sleep(100);
    }
    assertThat(Duration.ofNanos(System.nanoTime() - cachedFrom))
        .as("B kept what it had read for the whole TTL").isGreaterThanOrEqualTo(TTL.minus(CLOCK_TOLERANCE));
    return true;
  }

  /** Price and stock as shown on the product's own page and on its category's catalog page. */
  private record Shown(long price, int stock, long pagePrice, int pageStock) {
    static Shown everywhere(long price, int stock) {
      return new Shown(price, stock, price, stock);
    }
  }

  private static Shown shown(ApiClient shop, String productPath, String pagePath) {
    ApiResponse product = shop.get(productPath);
    ApiResponse page = shop.get(pagePath);
    assertThat(product.status()).as("%s", product).isEqualTo(200);
    assertThat(page.status()).as("%s", page).isEqualTo(200);
    JsonNode onItsPage = product.json();
    JsonNode onTheCatalogPage = page.json().path("items").path(0);
    return new Shown(onItsPage.path("price").asLong(), onItsPage.path("stock").asInt(),
        onTheCatalogPage.path("price").asLong(), onTheCatalogPage.path("stock").asInt());
  }
}
