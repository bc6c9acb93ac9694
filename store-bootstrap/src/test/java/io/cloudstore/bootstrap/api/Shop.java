package io.cloudstore.bootstrap.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The running shop as the tests see it: an HTTP client, a signed-in admin and helpers that make fresh,
 * unique data (customers, categories, products), so that no test depends on another.
 */
final class Shop {
  static final String PASSWORD = "correct horse battery";

  private final ApiClient api;
  private final String adminToken;
  private final HandMadeTokens tokens;
  private final String storageName;

  Shop(ApiClient api, String adminToken, HandMadeTokens tokens, String storageName) {
    this.api = api;
    this.adminToken = adminToken;
    this.tokens = tokens;
    this.storageName = storageName;
  }

  /** A registered customer and the token they received when registering. */
  record Customer(String id, String email, String token) {}

  ApiClient api() {
    return api;
  }

  String adminToken() {
    return adminToken;
  }

  HandMadeTokens tokens() {
    return tokens;
  }

  /** {@code memory} or {@code dynamodb}, as {@code /health} should name it. */
  String storageName() {
    return storageName;
  }

  static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
  }

  static String uniqueEmail() {
    return unique("shopper") + "@example.com";
  }

  String uniqueCategory() {
    return unique("cat");
  }

  Customer newCustomer() {
    String email = uniqueEmail();
    ApiResponse response = api.post("/api/auth/register", registration("Test Shopper", email, PASSWORD));
    assertThat(response.status()).as("registering %s: %s", email, response).isEqualTo(201);
    JsonNode body = response.json();
    return new Customer(body.path("user").path("id").asText(), email, body.path("token").asText());
  }

  static Map<String, Object> registration(String name, String email, String password) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", name);
    body.put("email", email);
    body.put("password", password);
    return body;
  }

  /** A complete product body as an admin would send it; tests change single fields of it. */
  static Map<String, Object> productBody(String category, String name, long price, int stock) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", name);
    body.put("description", "A fine thing for testing.");
    body.put("category", category);
    body.put("price", price);
    body.put("imageUrl", "https://cdn.example.com/" + name.replace(' ', '-') + ".png");
    body.put("stock", stock);
    return body;
  }

  JsonNode createProduct(Map<String, Object> body) {
    ApiResponse response = api.post("/api/admin/products", body, adminToken);
    assertThat(response.status()).as("creating a product: %s", response).isEqualTo(201);
    return response.json();
  }

  /** A new product in its own category, with the given price in cents and units in stock; returns its id. */
  String newProduct(long price, int stock) {
    return newProduct(uniqueCategory(), price, stock);
  }

  String newProduct(String category, long price, int stock) {
    return createProduct(productBody(category, unique("Product"), price, stock)).path("id").asText();
  }

  JsonNode product(String id) {
    ApiResponse response = api.get("/api/products/" + id);
    assertThat(response.status()).as("reading product %s: %s", id, response).isEqualTo(200);
    return response.json();
  }

  int stockOf(String productId) {
    return product(productId).path("stock").asInt();
  }

  /** Changes a product's price, keeping every other field, as the admin page does. */
  void changePrice(String productId, long newPrice) {
    JsonNode current = product(productId);
    Map<String, Object> body =
        productBody(current.path("category").asText(), current.path("name").asText(), newPrice,
            current.path("stock").asInt());
    body.put("description", current.path("description").asText());
    body.put("imageUrl", current.path("imageUrl").asText());
    ApiResponse response = api.put("/api/admin/products/" + productId, body, adminToken);
    assertThat(response.status()).as("changing the price: %s", response).isEqualTo(200);
  }

  static Map<String, Object> item(String productId, int quantity) {
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("productId", productId);
    item.put("quantity", quantity);
    return item;
  }

  static Map<String, Object> items(List<Map<String, Object>> items) {
    return Map.of("items", items);
  }

  static Map<String, Object> address() {
    Map<String, Object> address = new LinkedHashMap<>();
    address.put("fullName", "Ana Example");
    address.put("line1", "1 Test Street");
    address.put("line2", "Flat 2");
    address.put("city", "Springfield");
    address.put("postalCode", "12345");
    address.put("country", "US");
    address.put("phone", "+1 555 0100");
    return address;
  }

  /** An order body for explicit items (no cart). */
  static Map<String, Object> orderOf(List<Map<String, Object>> items) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("items", items);
    body.put("shippingAddress", address());
    return body;
  }

  /** An order body that buys what is in the server-side cart. */
  static Map<String, Object> orderOfCart() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("shippingAddress", address());
    return body;
  }

  JsonNode putCart(Customer customer, List<Map<String, Object>> lines) {
    ApiResponse response = api.put("/api/cart", items(lines), customer.token());
    assertThat(response.status()).as("filling the cart: %s", response).isEqualTo(200);
    return response.json();
  }

  JsonNode placeOrder(Customer customer, List<Map<String, Object>> lines) {
    ApiResponse response = api.post("/api/orders", orderOf(lines), customer.token());
    assertThat(response.status()).as("placing an order: %s", response).isEqualTo(201);
    return response.json();
  }

  /** Every item of a paged list, following {@code nextCursor} until it is null. */
  List<JsonNode> allPages(String path, String token) {
    List<JsonNode> all = new ArrayList<>();
    String separator = path.contains("?") ? "&" : "?";
    String cursor = null;
    for (int page = 0; page < 200; page++) {
      String url = cursor == null ? path : path + separator + "cursor=" + urlEncode(cursor);
      ApiResponse response = api.get(url, token);
      assertThat(response.status()).as("listing %s", response).isEqualTo(200);
      JsonNode body = response.json();
      body.path("items").forEach(all::add);
      JsonNode next = body.path("nextCursor");
      if (next.isNull() || next.isMissingNode()) {
        return all;
      }
      cursor = next.asText();
    }
    throw new AssertionError("more than 200 pages for " + path + ": the cursor does not advance");
  }

  static String urlEncode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
