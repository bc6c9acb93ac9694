package io.cloudstore.guarantees;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudstore.guarantees.RunModel.SeedProduct;
import io.cloudstore.guarantees.Shopper.KeyedCheckout;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * One client of a randomized run: registers its own shoppers, then sends a random mix of requests through
 * the HTTP API (cart, checkout with and without idempotency keys, replays, cancellations, attempts on other
 * people's orders, and admin restocks, ships and deletions). Every request goes into the {@link History};
 * what can be judged from a single answer (an unexpected status, a 500, a cart that is not what this client
 * put in it, someone else's order answering) is reported to {@link Violations} at once.
 */
final class ShopperClient implements Runnable {
  static final Map<String, Object> ADDRESS =
      Map.of("fullName", "Ana Example", "line1", "1 Main St", "city", "Springfield", "postalCode", "12345",
          "country", "US");
  private static final int SHOPPERS = 2;
  private static final int REGISTER_ATTEMPTS = 12;

  private final int id;
  private final List<Http> shops;
  private final String adminToken;
  private final RunModel model;
  private final History history;
  private final Violations violations;
  private final SplittableRandom random;
  private final int operations;
  private final Tolerance tolerance;
  private final String runTag;
  private final List<Shopper> shoppers = new ArrayList<>();

  /**
   * Which answers besides the expected ones a run accepts: none; 503 (storage faults); or, while storage is
   * lost and comes back empty, 503 and any client error. Never a 500, never no answer: the shop stays up.
   */
  enum Tolerance {
    NONE, STORAGE_FAULTS, STORAGE_LOST;

    boolean allows(Reply reply) {
      if (reply.status() == 503) {
        return this != NONE;
      }
      return this == STORAGE_LOST && reply.status() >= 400 && reply.status() < 500;
    }
  }

  ShopperClient(int id, List<Http> shops, String adminToken, RunModel model, History history,
      Violations violations, long seed, int operations, Tolerance tolerance, String runTag) {
    this.id = id;
    this.shops = List.copyOf(shops);
    this.adminToken = adminToken;
    this.model = model;
    this.history = history;
    this.violations = violations;
    this.random = new SplittableRandom(seed);
    this.operations = operations;
    this.tolerance = tolerance;
    this.runTag = runTag;
  }

  List<Shopper> shoppers() {
    return shoppers;
  }

  @Override
  public void run() {
    for (int i = 0; i < SHOPPERS; i++) {
      Shopper shopper = new Shopper("c" + id + "-s" + i + "-" + runTag + "@guarantees.example", "password " + id + i);
      if (register(shopper)) {
        shoppers.add(shopper);
      }
    }
    if (shoppers.isEmpty()) {
      return;
    }
    for (int n = 0; n < operations; n++) {
      Shopper me = shoppers.get(random.nextInt(shoppers.size()));
      int dice = random.nextInt(100);
      if (dice < 20) {
        replaceCart(me);
      } else if (dice < 33) {
        checkOut(me, false);
      } else if (dice < 43) {
        checkOut(me, true);
      } else if (dice < 50) {
        replay(me);
      } else if (dice < 53) {
        reuseKeyWithAnotherBody(me);
      } else if (dice < 60) {
        cancelOwnOrder(me);
      } else if (dice < 64) {
        listOwnOrders(me);
      } else if (dice < 69) {
        viewCart(me, "view-cart");
      } else if (dice < 73) {
        viewProduct(me);
      } else if (dice < 79) {
        tryOthersOrder(me);
      } else if (dice < 86) {
        restock();
      } else if (dice < 93) {
        ship();
      } else if (dice < 94) {
        deleteProduct();
      } else {
        viewOwnOrder(me);
      }
    }
  }

  // --- shoppers -------------------------------------------------------------------------------------------

  private boolean register(Shopper shopper) {
    for (int attempt = 0; attempt < REGISTER_ATTEMPTS; attempt++) {
      Op op = send(shopper.email, "register", "", List.of(), List.of(),
          http -> http.post("/api/auth/register",
              Map.of("name", "Shopper " + id, "email", shopper.email, "password", shopper.password), null));
      if (op.reply().is(201)) {
        shopper.token = op.reply().json().path("token").asText();
        return true;
      }
      if (op.reply().is(409) && attempt > 0) {
        // an earlier attempt was stored although its answer was lost
        Op login = send(shopper.email, "login", "", List.of(), List.of(),
            http -> http.post("/api/auth/login", Map.of("email", shopper.email, "password", shopper.password), null));
        if (login.reply().is(200)) {
          shopper.token = login.reply().json().path("token").asText();
          return true;
        }
        expect(login, 200);
        continue;
      }
      expect(op, 201);
    }
    violations.add(shopper.email, "could not register in " + REGISTER_ATTEMPTS + " attempts");
    return false;
  }

  // --- cart -----------------------------------------------------------------------------------------------

  private void replaceCart(Shopper me) {
    Map<String, Integer> items = randomItems();
    List<Map<String, Object>> lines = lines(items);
    Op op = send(me.email, "put-cart", items.toString(), List.copyOf(items.keySet()), List.of(),
        http -> http.put("/api/cart", Map.of("items", lines), me.token));
    expect(op, 200, 422);
    if (op.reply().is(200)) {
      me.cart = Optional.of(items);
      checkCartAnswer(me, op, items);
    } else if (!op.reply().is(422)) {
      me.cart = Optional.empty();
    }
  }

  private void viewCart(Shopper me, String kind) {
    Op op = send(me.email, kind, "", List.of(), List.of(), http -> http.get("/api/cart", me.token));
    expect(op, 200);
    if (op.reply().is(200)) {
      Map<String, Integer> shown = cartItems(op.reply().json());
      me.cart.ifPresent(believed -> checkCartAnswer(me, op, believed));
      me.cart = Optional.of(shown);
    }
  }

  /** The cart must hold exactly what this shopper put there, except lines of products that may be deleted. */
  private void checkCartAnswer(Shopper me, Op op, Map<String, Integer> believed) {
    Map<String, Integer> shown = withoutDeleted(cartItems(op.reply().json()));
    Map<String, Integer> expected = withoutDeleted(believed);
    if (!shown.equals(expected)) {
      violations.add(me.email, "cart shows " + shown + " but its owner last put " + expected + " (" + op + ")");
    }
  }

  // --- checkout -------------------------------------------------------------------------------------------

  private void checkOut(Shopper me, boolean explicitItems) {
    Map<String, Object> body = new LinkedHashMap<>();
    Map<String, Integer> items = explicitItems ? randomItems() : me.cart.orElse(Map.of());
    if (explicitItems) {
      body.put("items", lines(items));
    }
    body.put("shippingAddress", ADDRESS);
    Optional<String> key = random.nextBoolean() ? Optional.of("k-" + runTag + "-" + id + "-" + me.keysUsed++)
        : Optional.empty();
    Op op = placeOrder(me, "checkout" + (explicitItems ? "-items" : "-cart"), body, key, items);
    expect(op, 201, 409, 422);
    if (op.reply().is(201)) {
      String orderId = op.reply().json().path("id").asText();
      key.ifPresent(k -> me.keyed.add(new KeyedCheckout(k, body, orderId)));
      me.cart = Optional.of(Map.of());
    } else if (op.reply().is(409) || op.reply().is(422)) {
      // a failed checkout changes nothing: the cart must be as it was
      if (!explicitItems) {
        viewCart(me, "cart-after-failed-checkout");
      }
    } else {
      me.cart = Optional.empty();
      key.ifPresent(k -> me.keyed.add(new KeyedCheckout(k, body, null)));
    }
  }

  /** Sends an earlier idempotent checkout again, byte for byte: it must answer with the same order. */
  private void replay(Shopper me) {
    if (me.keyed.isEmpty()) {
      return;
    }
    KeyedCheckout earlier = me.keyed.get(random.nextInt(me.keyed.size()));
    Op op = placeOrder(me, "replay", earlier.body(), Optional.of(earlier.key()), Map.of());
    expect(op, 200, 201, 409, 422);
    if (op.reply().is(200) || op.reply().is(201)) {
      String orderId = op.reply().json().path("id").asText();
      if (earlier.orderId() != null && !earlier.orderId().equals(orderId)) {
        violations.add(orderId, "replaying key " + earlier.key() + " answered order " + orderId
            + " instead of the first answer's " + earlier.orderId() + " (" + op + ")");
      }
      if (earlier.orderId() != null && op.reply().is(201)) {
        violations.add(orderId, "replaying key " + earlier.key() + " made a new order (" + op + ")");
      }
      if (op.reply().is(201)) {
        me.cart = Optional.of(Map.of());
      }
      if (earlier.orderId() == null) {
        me.keyed.remove(earlier);
        me.keyed.add(new KeyedCheckout(earlier.key(), earlier.body(), orderId));
      }
    } else if (!op.reply().is(409) && !op.reply().is(422)) {
      me.cart = Optional.empty();
    }
  }

  /** The same key with a different request must be refused (409) and create nothing. */
  private void reuseKeyWithAnotherBody(Shopper me) {
    Optional<KeyedCheckout> answered = me.keyed.stream().filter(k -> k.orderId() != null).findAny();
    if (answered.isEmpty()) {
      return;
    }
    Map<String, Object> body = new LinkedHashMap<>(answered.get().body());
    Map<String, Integer> items = randomItems();
    body.put("items", lines(items));
    body.put("expectedTotal", 1);
    Op op = placeOrder(me, "reuse-key", body, Optional.of(answered.get().key()), items);
    expect(op, 409);
  }

  private Op placeOrder(Shopper me, String kind, Map<String, Object> body, Optional<String> key,
      Map<String, Integer> items) {
    Map<String, String> headers = key.map(k -> Map.of("Idempotency-Key", k)).orElse(Map.of());
    Op op = send(me.email, kind, key.orElse("-") + " " + items, List.copyOf(items.keySet()), List.of(),
        http -> http.send("POST", "/api/orders", body, me.token, headers));
    if (op.reply().is(200) || op.reply().is(201)) {
      learnOrder(me, op.reply().json());
    }
    return op;
  }

  // --- orders ---------------------------------------------------------------------------------------------

  private void cancelOwnOrder(Shopper me) {
    if (me.orders.isEmpty()) {
      return;
    }
    String orderId = me.orders.get(random.nextInt(me.orders.size()));
    Op op = send(me.email, "cancel", orderId, List.of(), List.of(orderId),
        http -> http.post("/api/orders/" + orderId + "/cancel", null, me.token));
    expect(op, 200, 409);
  }

  private void viewOwnOrder(Shopper me) {
    if (me.orders.isEmpty()) {
      return;
    }
    String orderId = me.orders.get(random.nextInt(me.orders.size()));
    Op op = send(me.email, "view-order", orderId, List.of(), List.of(orderId),
        http -> http.get("/api/orders/" + orderId, me.token));
    expect(op, 200);
  }

  private void listOwnOrders(Shopper me) {
    Op op = send(me.email, "list-orders", "", List.of(), List.of(), http -> http.get("/api/orders?limit=100", me.token));
    expect(op, 200);
    if (op.reply().is(200)) {
      for (JsonNode order : op.reply().json().path("items")) {
        learnOrder(me, order);
      }
    }
  }

  /** Deliberately reads and cancels someone else's order: both must answer 404, as if it did not exist. */
  private void tryOthersOrder(Shopper me) {
    List<String> others = new ArrayList<>();
    model.ownerOfOrder().forEach((order, owner) -> {
      if (!owner.equals(me.email)) {
        others.add(order);
      }
    });
    if (others.isEmpty()) {
      return;
    }
    String orderId = others.get(random.nextInt(others.size()));
    boolean cancel = random.nextBoolean();
    Op op = send(me.email, cancel ? "cancel-others" : "view-others", orderId, List.of(), List.of(orderId),
        http -> cancel ? http.post("/api/orders/" + orderId + "/cancel", null, me.token)
            : http.get("/api/orders/" + orderId, me.token));
    if (op.reply().succeeded()) {
      violations.add(orderId, me.email + " could " + (cancel ? "cancel" : "see") + " someone else's order (" + op + ")");
    }
    expect(op, 404);
  }

  private void learnOrder(Shopper me, JsonNode order) {
    String orderId = order.path("id").asText();
    if (!orderId.isEmpty() && !me.orders.contains(orderId)) {
      me.orders.add(orderId);
      model.orderSeen(orderId, me.email);
    }
  }

  // --- catalog and admin ----------------------------------------------------------------------------------

  private void viewProduct(Shopper me) {
    SeedProduct product = anyProduct();
    Op op = send(me.email, "view-product", product.id(), List.of(product.id()), List.of(),
        http -> http.get("/api/products/" + product.id(), null));
    expect(op, product.deletable() ? new int[] {200, 404} : new int[] {200});
    checkStockNotNegative(op);
  }

  /** A full replacement that sets the stock level (and sometimes moves the price by a cent). */
  private void restock() {
    List<SeedProduct> restockable = model.products().stream().filter(SeedProduct::restockable).toList();
    SeedProduct product = restockable.get(random.nextInt(restockable.size()));
    int stock = random.nextInt(8);
    long price = product.price() + (random.nextInt(4) == 0 ? 1 : 0);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", product.name());
    body.put("description", "restocked by client " + id);
    body.put("category", product.category());
    body.put("price", price);
    body.put("imageUrl", "/images/" + product.id() + ".png");
    body.put("stock", stock);
    Op op = send("admin", "restock", product.id() + " stock=" + stock + " price=" + price, List.of(product.id()),
        List.of(), http -> http.put("/api/admin/products/" + product.id(), body, adminToken));
    expect(op, product.deletable() ? new int[] {200, 404, 409} : new int[] {200, 409});
    checkStockNotNegative(op);
  }

  private void ship() {
    List<String> known = new ArrayList<>(model.ownerOfOrder().keySet());
    if (known.isEmpty()) {
      return;
    }
    String orderId = known.get(random.nextInt(known.size()));
    Op op = send("admin", "ship", orderId, List.of(), List.of(orderId),
        http -> http.post("/api/admin/orders/" + orderId + "/ship", null, adminToken));
    expect(op, 200, 409);
  }

  private void deleteProduct() {
    List<SeedProduct> deletable = model.products().stream().filter(SeedProduct::deletable).toList();
    if (deletable.isEmpty()) {
      return;
    }
    SeedProduct product = deletable.get(random.nextInt(deletable.size()));
    model.maybeDeleted(product.id());
    Op op = send("admin", "delete-product", product.id(), List.of(product.id()), List.of(),
        http -> http.delete("/api/admin/products/" + product.id(), adminToken));
    expect(op, 204, 404);
  }

  private void checkStockNotNegative(Op op) {
    JsonNode stock = op.reply().json().path("stock");
    if (op.reply().is(200) && (!stock.isInt() || stock.asInt() < 0)) {
      violations.add(op.products().get(0), "stock shown as " + stock + " (" + op + ")");
    }
  }

  // --- helpers --------------------------------------------------------------------------------------------

  private Map<String, Integer> randomItems() {
    Map<String, Integer> items = new TreeMap<>();
    int lines = 1 + random.nextInt(3);
    for (int i = 0; i < lines; i++) {
      items.put(anyProduct().id(), 1 + random.nextInt(3));
    }
    return items;
  }

  private SeedProduct anyProduct() {
    return model.products().get(random.nextInt(model.products().size()));
  }

  private Map<String, Integer> withoutDeleted(Map<String, Integer> items) {
    Map<String, Integer> kept = new TreeMap<>(items);
    kept.keySet().removeIf(productId -> model.maybeDeleted(model.product(productId)));
    return kept;
  }

  private static List<Map<String, Object>> lines(Map<String, Integer> items) {
    List<Map<String, Object>> lines = new ArrayList<>();
    items.forEach((productId, quantity) -> lines.add(Map.of("productId", productId, "quantity", quantity)));
    return lines;
  }

  static Map<String, Integer> cartItems(JsonNode cart) {
    Map<String, Integer> items = new TreeMap<>();
    cart.path("items").forEach(line -> items.put(line.path("productId").asText(), line.path("quantity").asInt()));
    return items;
  }

  private Op send(String actor, String kind, String input, List<String> products, List<String> orders,
      java.util.function.Function<Http, Reply> request) {
    Http shop = shops.get(random.nextInt(shops.size()));
    Supplier<Reply> call = () -> request.apply(shop);
    return history.record(id, actor, kind, input, products, orders, call);
  }

  /** The answer must have one of {@code allowed} statuses (or say "maybe", where the run allows that). */
  private void expect(Op op, int... allowed) {
    Reply reply = op.reply();
    boolean ok = tolerance.allows(reply);
    for (int status : allowed) {
      ok |= reply.is(status);
    }
    String subject = op.orders().isEmpty() ? (op.products().isEmpty() ? op.actor() : op.products().get(0))
        : op.orders().get(0);
    if (!ok) {
      violations.add(subject, "unexpected answer to " + op);
    } else if (reply.status() >= 400 && !reply.isProblem()) {
      violations.add(subject, "an error that is not problem details: " + op);
    }
  }
}
