package io.cloudstore.bootstrap.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The shop's JSON API over java.net.http, for what a browser test sets up or checks behind the page's back:
 * accounts, products, carts, orders and stock.
 */
final class ShopApi {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
  private final String baseUrl;

  ShopApi(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  /** A new customer account with a unique email. */
  Session registerCustomer(String name) {
    String email = "shopper-" + UUID.randomUUID() + "@example.com";
    String password = "pass-" + UUID.randomUUID();
    Map<String, String> body = Map.of("name", name, "email", email, "password", password);
    return Session.from(send("POST", "/api/auth/register", body, null, 201), password);
  }

  Session logIn(String email, String password) {
    Map<String, String> body = Map.of("email", email, "password", password);
    return Session.from(send("POST", "/api/auth/login", body, null, 200), password);
  }

  /** Who the token belongs to, as {@code GET /api/auth/verify} says (e.g. a token read from the browser). */
  Session verify(String token) {
    JsonNode user = send("GET", "/api/auth/verify", null, token, 200).path("user");
    return new Session(
        token,
        user.path("id").asText(),
        user.path("email").asText(),
        user.path("name").asText(),
        user.path("role").asText(),
        null);
  }

  JsonNode createProduct(Session admin, NewProduct product) {
    return send("POST", "/api/admin/products", product, admin.token(), 201);
  }

  JsonNode updateProduct(Session admin, String id, NewProduct product) {
    return send("PUT", "/api/admin/products/" + id, product, admin.token(), 200);
  }

  JsonNode product(String id) {
    return send("GET", "/api/products/" + id, null, null, 200);
  }

  int stockOf(String productId) {
    return product(productId).path("stock").asInt();
  }

  /** Every product matching the filter, following {@code nextCursor}; e.g. {@code products("category", "Tea")}. */
  List<JsonNode> products(String... filter) {
    StringBuilder query = new StringBuilder("?limit=100");
    for (int i = 0; i + 1 < filter.length; i += 2) {
      query.append('&').append(filter[i]).append('=').append(URLEncoder.encode(filter[i + 1], StandardCharsets.UTF_8));
    }
    List<JsonNode> products = new ArrayList<>();
    String cursor = null;
    do {
      String page =
          cursor == null ? query.toString() : query + "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8);
      JsonNode body = send("GET", "/api/products" + page, null, null, 200);
      body.path("items").forEach(products::add);
      cursor = body.path("nextCursor").isTextual() ? body.path("nextCursor").asText() : null;
    } while (cursor != null);
    return products;
  }

  /** The product with this exact name from the demo catalog. */
  JsonNode productNamed(String name) {
    return products("q", name).stream()
        .filter(product -> product.path("name").asText().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no product named " + name));
  }

  static List<String> names(List<JsonNode> products) {
    List<String> names = new ArrayList<>();
    products.forEach(product -> names.add(product.path("name").asText()));
    return names;
  }

  JsonNode putCart(Session customer, String productId, int quantity) {
    return putCart(customer, Map.of(productId, quantity));
  }

  /** Replaces the customer's cart with these lines (product id → quantity). */
  JsonNode putCart(Session customer, Map<String, Integer> lines) {
    List<Map<String, Object>> items = new ArrayList<>();
    lines.forEach((productId, quantity) -> items.add(Map.of("productId", productId, "quantity", quantity)));
    return send("PUT", "/api/cart", Map.of("items", items), customer.token(), 200);
  }

  JsonNode cart(Session customer) {
    return send("GET", "/api/cart", null, customer.token(), 200);
  }

  JsonNode placeOrder(Session customer, String productId, int quantity, ShippingAddress address) {
    Map<String, Object> line = Map.of("productId", productId, "quantity", quantity);
    Map<String, Object> body = Map.of("items", List.of(line), "shippingAddress", address);
    return send("POST", "/api/orders", body, customer.token(), 201);
  }

  /** The customer's orders, newest first (first page of up to 100). */
  List<JsonNode> orders(String token) {
    List<JsonNode> orders = new ArrayList<>();
    send("GET", "/api/orders?limit=100", null, token, 200).path("items").forEach(orders::add);
    return orders;
  }

  private JsonNode send(String method, String path, Object body, String token, int expectedStatus) {
    try {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create(baseUrl + path))
              .timeout(Duration.ofSeconds(15))
              .header("Accept", "application/json");
      if (body == null) {
        request.method(method, BodyPublishers.noBody());
      } else {
        request.header("Content-Type", "application/json");
        request.method(method, BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
      }
      if (token != null) {
        request.header("Authorization", "Bearer " + token);
      }
      var response = http.send(request.build(), BodyHandlers.ofString());
      if (response.statusCode() != expectedStatus) {
        throw new AssertionError(
            method + " " + path + " answered " + response.statusCode() + " instead of " + expectedStatus + ": "
                + response.body());
      }
      return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(method + " " + path + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted during " + method + " " + path, e);
    }
  }

  /** A signed-in user as the API sees it; {@code userJson} is what the pages cache in localStorage. */
  record Session(String token, String userId, String email, String name, String role, String password) {
    static Session from(JsonNode authResponse, String password) {
      JsonNode user = authResponse.path("user");
      return new Session(
          authResponse.path("token").asText(),
          user.path("id").asText(),
          user.path("email").asText(),
          user.path("name").asText(),
          user.path("role").asText(),
          password);
    }

    String userJson() {
      try {
        return JSON.writeValueAsString(Map.of("id", userId, "email", email, "name", name, "role", role));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** The body of {@code POST /api/admin/products}; price in minor units. */
  record NewProduct(String name, String description, String category, long price, int stock) {}

  /** The body's {@code shippingAddress}. */
  record ShippingAddress(
      String fullName, String line1, String line2, String city, String postalCode, String country, String phone) {
    static ShippingAddress example(String fullName) {
      return new ShippingAddress(fullName, "12 Harbour Road", "Flat 3", "Portland", "97201", "US", "+1 503 555 0100");
    }
  }
}
