package io.cloudstore.bench.suite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudstore.bench.reference.SampleCatalog.SampleProduct;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;

/** The few calls of the shop's JSON API that the suite needs to seed data and to audit stock. */
final class ShopClient {
  private static final int PAGE_LIMIT = 100;

  private final URI base;
  private final HttpClient http;
  private final ObjectMapper json = new ObjectMapper();

  ShopClient(URI base, int threads) {
    this.base = base;
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .executor(Executors.newFixedThreadPool(threads, runnable -> {
              Thread thread = new Thread(runnable, "shop-client");
              thread.setDaemon(true);
              return thread;
            }))
            .build();
  }

  URI base() {
    return base;
  }

  /** A shopper's email, password and bearer token. */
  record Session(String email, String password, String token) {}

  /** A product's id and stock as the catalog shows them. */
  record StockLevel(String id, int stock) {}

  /** One line of an order: which product, how many units, and whether the order still holds them. */
  record OrderedUnits(String productId, int quantity, boolean cancelled) {}

  Session logIn(String email, String password) {
    JsonNode body = call("POST", "/api/auth/login", null, Map.of("email", email, "password", password), 200);
    return new Session(email, password, body.path("token").asText());
  }

  Session register(String name, String email, String password) {
    JsonNode body =
        call("POST", "/api/auth/register", null, Map.of("name", name, "email", email, "password", password), 201);
    return new Session(email, password, body.path("token").asText());
  }

  /** Creates a product through the admin API; returns its id. */
  String createProduct(String adminToken, SampleProduct product) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", product.name());
    body.put("description", product.description());
    body.put("category", product.category());
    body.put("price", product.price());
    body.put("imageUrl", product.imageUrl());
    body.put("stock", product.stock());
    return call("POST", "/api/admin/products", adminToken, body, 201).path("id").asText();
  }

  /** Every product of the catalog with its stock, read page by page. */
  List<StockLevel> allStock() {
    List<StockLevel> levels = new ArrayList<>();
    Optional<String> cursor = Optional.empty();
    do {
      JsonNode page = call("GET", "/api/products?limit=" + PAGE_LIMIT + cursorParam(cursor), null, null, 200);
      for (JsonNode item : page.path("items")) {
        levels.add(new StockLevel(item.path("id").asText(), item.path("stock").asInt()));
      }
      cursor = nextCursor(page);
    } while (cursor.isPresent());
    return levels;
  }

  /** Every line of every order of a shopper, read page by page. */
  List<OrderedUnits> orderedUnits(String token) {
    List<OrderedUnits> units = new ArrayList<>();
    Optional<String> cursor = Optional.empty();
    do {
      JsonNode page = call("GET", "/api/orders?limit=" + PAGE_LIMIT + cursorParam(cursor), token, null, 200);
      for (JsonNode order : page.path("items")) {
        boolean cancelled = order.path("status").asText().equals("CANCELLED");
        for (JsonNode line : order.path("items")) {
          units.add(new OrderedUnits(line.path("productId").asText(), line.path("quantity").asInt(), cancelled));
        }
      }
      cursor = nextCursor(page);
    } while (cursor.isPresent());
    return units;
  }

  private static String cursorParam(Optional<String> cursor) {
    return cursor.map(c -> "&cursor=" + URLEncoder.encode(c, StandardCharsets.UTF_8)).orElse("");
  }

  private static Optional<String> nextCursor(JsonNode page) {
    JsonNode next = page.path("nextCursor");
    return next.isTextual() ? Optional.of(next.asText()) : Optional.empty();
  }

  private JsonNode call(String method, String path, String token, Object body, int expectedStatus) {
    try {
      HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30));
      if (token != null) {
        request.header("Authorization", "Bearer " + token);
      }
      if (body == null) {
        request.method(method, HttpRequest.BodyPublishers.noBody());
      } else {
        request.header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body)));
      }
      HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != expectedStatus) {
        throw new BenchException(
            method + " " + path + " answered " + response.statusCode() + " (expected " + expectedStatus + "): "
                + abbreviate(response.body()));
      }
      return json.readTree(response.body());
    } catch (IOException e) {
      throw new BenchException(method + " " + path + " failed: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BenchException("interrupted during " + method + " " + path, e);
    }
  }

  private static String abbreviate(String text) {
    return text.length() <= 300 ? text : text.substring(0, 300) + "...";
  }
}
