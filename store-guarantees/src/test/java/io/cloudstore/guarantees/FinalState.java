package io.cloudstore.guarantees;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudstore.guarantees.RunModel.SeedProduct;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** What the shop holds after a run, read over HTTP with faults switched off. */
record FinalState(Map<String, StoredOrder> orders, Map<String, Optional<Integer>> stock) {

  /** An order as stored: who sees it in their list, its status and units per product. */
  record StoredOrder(String id, String owner, String status, Map<String, Integer> units, JsonNode json) {}

  static FinalState read(Http http, List<Shopper> shoppers, List<SeedProduct> products, Violations violations) {
    Map<String, StoredOrder> orders = new LinkedHashMap<>();
    for (Shopper shopper : shoppers) {
      for (JsonNode order : allOrders(http, shopper)) {
        Map<String, Integer> units = new TreeMap<>();
        order.path("items").forEach(line ->
            units.merge(line.path("productId").asText(), line.path("quantity").asInt(), Integer::sum));
        String id = order.path("id").asText();
        StoredOrder stored = new StoredOrder(id, shopper.email, order.path("status").asText(), units, order);
        StoredOrder twin = orders.putIfAbsent(id, stored);
        if (twin != null) {
          violations.add(id, "order listed for both " + twin.owner() + " and " + shopper.email);
        }
      }
    }
    Map<String, Optional<Integer>> stock = new LinkedHashMap<>();
    for (SeedProduct product : products) {
      Reply reply = http.get("/api/products/" + product.id(), null);
      if (reply.is(404)) {
        stock.put(product.id(), Optional.empty());
      } else if (reply.is(200)) {
        stock.put(product.id(), Optional.of(reply.json().path("stock").asInt()));
      } else {
        throw new AssertionError("reading product " + product.id() + " after the run: " + reply.brief());
      }
    }
    return new FinalState(orders, stock);
  }

  private static List<JsonNode> allOrders(Http http, Shopper shopper) {
    List<JsonNode> all = new java.util.ArrayList<>();
    String cursor = null;
    do {
      String path = "/api/orders?limit=100"
          + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
      Reply reply = http.get(path, shopper.token);
      if (!reply.is(200)) {
        throw new AssertionError("listing the orders of " + shopper.email + " after the run: " + reply.brief());
      }
      reply.json().path("items").forEach(all::add);
      JsonNode next = reply.json().path("nextCursor");
      cursor = next.isTextual() ? next.asText() : null;
    } while (cursor != null);
    return all;
  }
}
