package io.cloudstore.bootstrap.api;

import static io.cloudstore.bootstrap.api.BadBodies.Kind.ADDRESS;
import static io.cloudstore.bootstrap.api.BadBodies.Kind.ITEMS;
import static io.cloudstore.bootstrap.api.BadBodies.Kind.PRICE;
import static io.cloudstore.bootstrap.api.BadBodies.Kind.QUANTITY;
import static io.cloudstore.bootstrap.api.BadBodies.Kind.SECRET;
import static io.cloudstore.bootstrap.api.BadBodies.Kind.STOCK;
import static io.cloudstore.bootstrap.api.BadBodies.Kind.TEXT;
import static org.assertj.core.api.Assertions.assertThat;

import io.cloudstore.bootstrap.api.BadBodies.BadBody;
import io.cloudstore.bootstrap.api.BadBodies.Field;
import io.cloudstore.bootstrap.api.BadBodies.Template;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Hundreds of bodies no endpoint may accept, thrown at every write endpoint with a valid token: each
 * answer must be a 4xx problem document, never a 5xx and never a success.
 */
interface BadInputApiTests extends ShopTest {

  /** How many bad bodies each write endpoint gets; fewer where storage calls are slow. */
  int badBodiesPerEndpoint();

  /** One endpoint under attack: its method, path, token and a template of a body it would accept. */
  record Target(String method, String path, String token, Template template) {}

  /** The data the attack runs against, checked afterwards to be exactly as it was. */
  record Victims(String buyerToken, String cartOwnerToken, String productId, String adminProductId) {}

  /** Run with {@code -DbadInput.seed=N} to replay the bodies of a failed run (the seed is printed). */
  @TestFactory
  default Stream<DynamicTest> writeEndpoints_withRandomBadBodies_answerOnlyWith4xxProblemsAndStoreNothing() {
    long seed = Long.getLong("badInput.seed", System.nanoTime());
    Victims victims = new Victims(shop().newCustomer().token(), shop().newCustomer().token(),
        shop().newProduct(1000, 1000), shop().newProduct(1000, 1000));
    Stream<DynamicTest> attacks = targets(victims).stream().map(target ->
        DynamicTest.dynamicTest(target.method() + " " + target.path(), () -> attack(target,
            new BadBodies(seed ^ (31L * target.path().hashCode() + target.method().hashCode())), seed)));
    return Stream.concat(attacks, Stream.of(DynamicTest.dynamicTest("nothing was stored",
        () -> assertNothingStored(victims))));
  }

  private void assertNothingStored(Victims victims) {
    assertThat(shop().product(victims.productId()).path("stock").asInt()).isEqualTo(1000);
    assertThat(shop().product(victims.adminProductId()).path("name").asText()).startsWith("Product-");
    assertThat(shop().product(victims.adminProductId()).path("price").asLong()).isEqualTo(1000);
    assertThat(api().get("/api/cart", victims.cartOwnerToken()).json().path("items")).isEmpty();
    assertThat(shop().allPages("/api/orders", victims.buyerToken())).isEmpty();
  }

  private void attack(Target target, BadBodies bodies, long seed) {
    List<String> failures = new ArrayList<>();
    int cases = badBodiesPerEndpoint();
    for (int i = 0; i < cases; i++) {
      BadBody body = bodies.next(target.template());
      try {
        ApiResponse response = api().send(target.method(), target.path(), body.bytes(), target.token(), Map.of());
        String failure = whyNotA4xxProblem(response);
        if (failure != null) {
          failures.add("case " + i + " (" + body.description() + "): " + failure + " — " + response);
        }
      } catch (CompletionException noAnswer) {
        failures.add("case " + i + " (" + body.description() + "): no answer: " + noAnswer.getCause());
      }
    }
    System.out.printf("bad-input: %d bad bodies sent to %s %s, %d failed (seed %d)%n",
        cases, target.method(), target.path(), failures.size(), seed);
    assertThat(failures).as("answers that are not 4xx problem details (seed %d)", seed).isEmpty();
  }

  private static String whyNotA4xxProblem(ApiResponse response) {
    try {
      Problems.assertClientProblem(response);
      return null;
    } catch (AssertionError e) {
      return e.getMessage().lines().findFirst().orElse("not a 4xx problem");
    }
  }

  private List<Target> targets(Victims victims) {
    Shop shop = shop();
    String buyer = victims.buyerToken();
    String cartOwner = victims.cartOwnerToken();
    String admin = shop.adminToken();
    String product = victims.productId();
    String productPath = "/api/admin/products/" + victims.adminProductId();

    Template register = template(
        Shop.registration("Fuzzy", Shop.uniqueEmail(), Shop.PASSWORD),
        List.of(new Field("/name", TEXT), new Field("/email", TEXT), new Field("/password", SECRET)),
        List.of());
    Template login = template(
        Map.of("email", Shop.uniqueEmail(), "password", Shop.PASSWORD),
        List.of(new Field("/email", TEXT), new Field("/password", SECRET)),
        List.of());
    Template cart = template(
        Shop.items(List.of(Shop.item(product, 1))),
        List.of(new Field("/items", ITEMS), new Field("/items/0/productId", TEXT),
            new Field("/items/0/quantity", QUANTITY)),
        List.of());
    Template order = template(
        Shop.orderOf(List.of(Shop.item(product, 1))),
        List.of(new Field("/items/0/productId", TEXT), new Field("/items/0/quantity", QUANTITY),
            new Field("/shippingAddress", ADDRESS), new Field("/shippingAddress/fullName", TEXT),
            new Field("/shippingAddress/line1", TEXT), new Field("/shippingAddress/city", TEXT),
            new Field("/shippingAddress/postalCode", TEXT), new Field("/shippingAddress/country", TEXT)),
        List.of("/expectedTotal", "/shippingAddress/line2", "/shippingAddress/phone"));
    Template newProduct = template(
        Shop.productBody(shop.uniqueCategory(), "Fuzzy Lamp", 1000, 5),
        List.of(new Field("/name", TEXT), new Field("/category", TEXT), new Field("/price", PRICE),
            new Field("/stock", STOCK)),
        List.of("/description", "/imageUrl"));

    return List.of(
        new Target("POST", "/api/auth/register", buyer, register),
        new Target("POST", "/api/auth/login", buyer, login),
        new Target("PUT", "/api/cart", cartOwner, cart),
        new Target("POST", "/api/cart", cartOwner, cart),
        new Target("POST", "/api/orders", buyer, order),
        new Target("POST", "/api/admin/products", admin, newProduct),
        new Target("PUT", productPath, admin, newProduct));
  }

  private static Template template(Map<String, Object> validBody, List<Field> required, List<String> optional) {
    return new Template(ApiClient.JSON.valueToTree(validBody), required, optional);
  }
}
