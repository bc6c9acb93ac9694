package io.cloudstore.bootstrap.api;

import static io.cloudstore.bootstrap.api.Problems.assertInvalidFields;
import static io.cloudstore.bootstrap.api.Problems.assertProblem;
import static io.cloudstore.bootstrap.api.Shop.item;
import static io.cloudstore.bootstrap.api.Shop.productBody;
import static io.cloudstore.bootstrap.api.Shop.urlEncode;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudstore.bootstrap.api.Shop.Customer;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code /api/admin/products}: only admins change the catalog, and only with valid products. */
interface AdminProductApiTests extends ShopTest {

  private Map<String, Object> validProduct() {
    return productBody(shop().uniqueCategory(), "Desk Lamp", 4599, 7);
  }

  private ApiResponse create(Map<String, Object> body) {
    return api().post("/api/admin/products", body, shop().adminToken());
  }

  @Test
  default void createProduct_asAdmin_returns201WithTheProductAsStored() {
    Map<String, Object> body = validProduct();

    ApiResponse response = create(body);

    assertThat(response.status()).as("%s", response).isEqualTo(201);
    JsonNode product = response.json();
    String id = product.path("id").asText();
    assertThat(id).isNotBlank();
    assertThat(product.path("name").asText()).isEqualTo("Desk Lamp");
    assertThat(product.path("description").asText()).isEqualTo(body.get("description"));
    assertThat(product.path("category").asText()).isEqualTo(body.get("category"));
    assertThat(product.path("price").asLong()).isEqualTo(4599);
    assertThat(product.path("currency").asText()).isEqualTo("USD");
    assertThat(product.path("imageUrl").asText()).isEqualTo(body.get("imageUrl"));
    assertThat(product.path("stock").asInt()).isEqualTo(7);
    assertThat(Instant.parse(product.path("createdAt").asText())).isBeforeOrEqualTo(Instant.now());
    Instant.parse(product.path("updatedAt").asText());
    assertThat(shop().product(id)).isEqualTo(product);
  }

  @Test
  default void createProduct_asCustomer_returns403AndCreatesNothing() {
    Customer customer = shop().newCustomer();
    Map<String, Object> body = validProduct();

    assertProblem(api().post("/api/admin/products", body, customer.token()), 403);

    assertThat(shop().allPages("/api/products?category=" + urlEncode((String) body.get("category")), null))
        .isEmpty();
  }

  @Test
  default void createProduct_anonymously_returns401() {
    assertProblem(api().post("/api/admin/products", validProduct()), 401);
  }

  @Test
  default void createProduct_withForgedAdminToken_returns401() {
    Customer customer = shop().newCustomer();
    String forged = shop().tokens().forged(HandMadeTokens.claims(customer.id(), "ADMIN"));

    assertProblem(api().post("/api/admin/products", validProduct(), forged), 401);
  }

  @Test
  default void createProduct_withEveryFieldInvalid_returns422NamingEachField() {
    Map<String, Object> body = validProduct();
    body.put("name", "");
    body.remove("category");
    body.put("price", 0);
    body.put("stock", -1);
    body.put("imageUrl", "javascript:alert(1)");

    assertInvalidFields(create(body), "name", "category", "price", "stock", "imageUrl");
  }

  @Test
  default void createProduct_withNameLength_acceptsOneTo200Characters() {
    Map<String, Object> longest = validProduct();
    longest.put("name", "n".repeat(200));
    assertThat(create(longest).status()).isEqualTo(201);

    Map<String, Object> tooLong = validProduct();
    tooLong.put("name", "n".repeat(201));
    assertInvalidFields(create(tooLong), "name");

    Map<String, Object> blank = validProduct();
    blank.put("name", "   ");
    assertInvalidFields(create(blank), "name");
  }

  @Test
  default void createProduct_withPriceNotAPositiveWholeNumberOfCents_isRefused() {
    for (long price : List.of(0L, -1L, -4599L)) {
      Map<String, Object> body = validProduct();
      body.put("price", price);
      assertInvalidFields(create(body), "price");
    }
    Map<String, Object> fraction = validProduct();
    fraction.put("price", 12.5);
    assertProblem(create(fraction), 400, 422);
    Map<String, Object> missing = validProduct();
    missing.remove("price");
    assertInvalidFields(create(missing), "price");
  }

  @Test
  default void createProduct_withStockBelowZero_isRefused_butZeroIsFine() {
    Map<String, Object> negative = validProduct();
    negative.put("stock", -1);
    assertInvalidFields(create(negative), "stock");

    Map<String, Object> none = validProduct();
    none.put("stock", 0);
    ApiResponse created = create(none);
    assertThat(created.status()).as("%s", created).isEqualTo(201);
    assertThat(created.json().path("stock").asInt()).isZero();
  }

  @Test
  default void createProduct_withHttpOrRelativeImageUrl_isAccepted() {
    for (String url : List.of("http://images.example.com/lamp.jpg", "https://cdn.example.com/a/b.png",
        "/images/lamp.svg")) {
      Map<String, Object> body = validProduct();
      body.put("imageUrl", url);
      ApiResponse response = create(body);
      assertThat(response.status()).as("%s", response).isEqualTo(201);
      assertThat(response.json().path("imageUrl").asText()).isEqualTo(url);
    }
  }

  @Test
  default void createProduct_withScriptDataOrProtocolRelativeImageUrl_returns422ForImageUrl() {
    for (String url : List.of("javascript:alert(1)", "JavaScript:alert(document.cookie)",
        "data:image/svg+xml;base64,PHN2Zz4=", "//evil.example.com/x.png", "ftp://files.example.com/x.png",
        "vbscript:msgbox(1)")) {
      Map<String, Object> body = validProduct();
      body.put("imageUrl", url);
      assertInvalidFields(create(body), "imageUrl");
    }
  }

  @Test
  default void updateProduct_asAdmin_replacesEveryEditableField() {
    JsonNode created = shop().createProduct(validProduct());
    String id = created.path("id").asText();
    String newCategory = shop().uniqueCategory();
    Map<String, Object> replacement = productBody(newCategory, "Floor Lamp", 8999, 2);
    replacement.remove("description");
    replacement.remove("imageUrl");

    ApiResponse response = api().put("/api/admin/products/" + id, replacement, shop().adminToken());

    assertThat(response.status()).as("%s", response).isEqualTo(200);
    JsonNode updated = response.json();
    assertThat(updated.path("id").asText()).isEqualTo(id);
    assertThat(updated.path("name").asText()).isEqualTo("Floor Lamp");
    assertThat(updated.path("category").asText()).isEqualTo(newCategory);
    assertThat(updated.path("price").asLong()).isEqualTo(8999);
    assertThat(updated.path("stock").asInt()).isEqualTo(2);
    assertThat(updated.path("description").asText("")).as("description left out is cleared").isEmpty();
    assertThat(updated.path("imageUrl").asText("")).as("imageUrl left out is cleared").isEmpty();
    assertThat(updated.path("createdAt").asText()).isEqualTo(created.path("createdAt").asText());
    assertThat(shop().product(id)).isEqualTo(updated);
  }

  @Test
  default void updateProduct_withInvalidFields_returns422AndChangesNothing() {
    JsonNode created = shop().createProduct(validProduct());
    String id = created.path("id").asText();
    Map<String, Object> invalid = validProduct();
    invalid.put("price", -5);
    invalid.put("imageUrl", "javascript:alert(1)");

    assertInvalidFields(api().put("/api/admin/products/" + id, invalid, shop().adminToken()), "price", "imageUrl");

    assertThat(shop().product(id)).isEqualTo(created);
  }

  @Test
  default void updateProduct_unknown_returns404() {
    assertProblem(api().put("/api/admin/products/" + Shop.unique("missing"), validProduct(), shop().adminToken()),
        404);
  }

  @Test
  default void updateProduct_asCustomerOrAnonymous_isRefusedAndChangesNothing() {
    JsonNode created = shop().createProduct(validProduct());
    String id = created.path("id").asText();
    Map<String, Object> cheaper = validProduct();
    cheaper.put("price", 1);

    assertProblem(api().put("/api/admin/products/" + id, cheaper, shop().newCustomer().token()), 403);
    assertProblem(api().put("/api/admin/products/" + id, cheaper, null), 401);

    assertThat(shop().product(id).path("price").asLong()).isEqualTo(4599);
  }

  @Test
  default void deleteProduct_asAdmin_returns204AndTheProductIsGone() {
    Map<String, Object> body = validProduct();
    String id = shop().createProduct(body).path("id").asText();

    ApiResponse response = api().delete("/api/admin/products/" + id, shop().adminToken());

    assertThat(response.status()).as("%s", response).isEqualTo(204);
    assertThat(response.body()).isEmpty();
    assertProblem(api().get("/api/products/" + id), 404);
    assertThat(shop().allPages("/api/products?category=" + urlEncode((String) body.get("category")), null))
        .isEmpty();
  }

  @Test
  default void deleteProduct_unknown_returns404() {
    assertProblem(api().delete("/api/admin/products/" + Shop.unique("missing"), shop().adminToken()), 404);
  }

  @Test
  default void deleteProduct_asCustomerOrAnonymous_isRefusedAndKeepsTheProduct() {
    String id = shop().newProduct(100, 1);

    assertProblem(api().delete("/api/admin/products/" + id, shop().newCustomer().token()), 403);
    assertProblem(api().delete("/api/admin/products/" + id, null), 401);

    assertThat(api().get("/api/products/" + id).status()).isEqualTo(200);
  }

  @Test
  default void deleteProduct_afterItWasOrdered_keepsThePastOrderLinesIntact() {
    Customer customer = shop().newCustomer();
    Map<String, Object> body = validProduct();
    body.put("name", "Vintage Lamp");
    body.put("price", 1234);
    String id = shop().createProduct(body).path("id").asText();
    JsonNode order = shop().placeOrder(customer, List.of(item(id, 2)));
    String orderId = order.path("id").asText();

    shop().changePrice(id, 9999);
    assertThat(api().delete("/api/admin/products/" + id, shop().adminToken()).status()).isEqualTo(204);

    ApiResponse later = api().get("/api/orders/" + orderId, customer.token());
    assertThat(later.status()).as("%s", later).isEqualTo(200);
    JsonNode line = later.json().path("items").get(0);
    assertThat(line.path("productId").asText()).isEqualTo(id);
    assertThat(line.path("name").asText()).isEqualTo("Vintage Lamp");
    assertThat(line.path("unitPrice").asLong()).isEqualTo(1234);
    assertThat(line.path("quantity").asInt()).isEqualTo(2);
    assertThat(line.path("lineTotal").asLong()).isEqualTo(2468);
    assertThat(later.json().path("subtotal").asLong()).isEqualTo(2468);
    assertThat(later.json().path("total")).isEqualTo(order.path("total"));
  }
}
