package io.cloudstore.guarantees;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudstore.guarantees.FinalState.StoredOrder;
import io.cloudstore.guarantees.RunModel.SeedProduct;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks the shop's promises over a whole run: the recorded history of requests and the final state.
 *
 * <ul>
 *   <li>Exactly-once orders: every order answered 201 is stored once, for its buyer; a key's answers all
 *       name one order; the only stored orders nobody was told about are those of checkouts whose answer
 *       was lost (503 or none), at most one per such checkout.
 *   <li>Ownership: an order is listed for its buyer only; cancelled only if its buyer asked; shipped only if
 *       an admin asked.
 *   <li>Stock conservation: per product, the final stock is what the last stock level set (at creation or
 *       by an admin's full replacement) minus the units of orders taken after it plus the units returned by
 *       cancellations after it. Where requests overlapped in time, either order is allowed; with no
 *       restock, the equation must hold exactly. Stock is never negative.
 *   <li>Order arithmetic: line totals, subtotal, tax (half-up on the subtotal) and total add up.
 * </ul>
 */
final class InvariantChecker {
  private static final BigDecimal TAX_PERCENT = new BigDecimal(ShopUnderTest.TAX_RATE);

  /** A span of the run's logical clock in which something happened. */
  record Window(long start, long end) {
    static Window around(List<Op> ops) {
      return new Window(ops.stream().mapToLong(Op::start).min().orElseThrow(),
          ops.stream().mapToLong(Op::end).max().orElseThrow());
    }

    boolean before(Window other) {
      return end < other.start;
    }
  }

  /** A stock level set by creation or a full replacement; {@code certain} if it was answered 200. */
  record StockSet(int level, Window window, boolean certain) {}

  /** Units taken from or returned to one product, at some time within {@code window}. */
  record StockMove(int units, Window window, String orderId) {}

  private final List<Op> history;
  private final RunModel model;
  private final FinalState state;
  private final Violations violations;

  InvariantChecker(List<Op> history, RunModel model, FinalState state, Violations violations) {
    this.history = history;
    this.model = model;
    this.state = state;
    this.violations = violations;
  }

  void check() {
    Map<String, Window> placed = checkOrdersExactlyOnce();
    Map<String, Window> cancelled = checkOrderStatuses();
    state.orders().values().forEach(this::checkArithmetic);
    for (SeedProduct product : model.products()) {
      checkStock(product, placed, cancelled);
    }
  }

  /** @return when each stored order was placed */
  private Map<String, Window> checkOrdersExactlyOnce() {
    Map<String, String> answeredTo = new HashMap<>();
    Map<String, Op> created = new HashMap<>();
    Map<String, Set<String>> idsPerKey = new HashMap<>();
    for (Op op : history) {
      if (!isCheckout(op) || !(op.reply().is(200) || op.reply().is(201))) {
        continue;
      }
      String orderId = op.reply().json().path("id").asText();
      String previous = answeredTo.putIfAbsent(orderId, op.actor());
      if (previous != null && !previous.equals(op.actor())) {
        violations.add(orderId, "order answered to both " + previous + " and " + op.actor());
      }
      if (op.reply().is(201) && created.putIfAbsent(orderId, op) != null) {
        violations.add(orderId, "two checkouts were answered 201 with the same order");
      }
      String key = op.input().split(" ", 2)[0];
      if (!key.equals("-")) {
        idsPerKey.computeIfAbsent(op.actor() + " " + key, k -> new HashSet<>()).add(orderId);
      }
      StoredOrder stored = state.orders().get(orderId);
      if (stored == null) {
        violations.add(orderId, "checkout answered " + op.status() + " but the order is not stored: " + op);
      } else if (!stored.owner().equals(op.actor())) {
        violations.add(orderId, "order of " + op.actor() + " is listed for " + stored.owner());
      } else if (!lines(op.reply().json()).equals(stored.units())) {
        violations.add(orderId, "stored lines " + stored.units() + " differ from the answer " + op);
      }
    }
    idsPerKey.forEach((key, ids) -> {
      if (ids.size() > 1) {
        ids.forEach(id -> violations.add(id, "idempotency key " + key + " answered with orders " + ids));
      }
    });

    Map<String, Window> placed = new HashMap<>();
    Map<String, List<Op>> unknownCheckouts = new HashMap<>();
    for (Op op : history) {
      if (isCheckout(op) && op.reply().outcomeUnknown()) {
        unknownCheckouts.computeIfAbsent(op.actor(), a -> new ArrayList<>()).add(op);
      }
    }
    Map<String, Integer> unannounced = new HashMap<>();
    for (StoredOrder order : state.orders().values()) {
      Op creator = created.get(order.id());
      if (creator != null) {
        placed.put(order.id(), new Window(creator.start(), creator.end()));
        continue;
      }
      // nobody was answered 201 for it: it must come from a checkout whose answer was lost
      List<Op> candidates = unknownCheckouts.getOrDefault(order.owner(), List.of());
      int count = unannounced.merge(order.owner(), 1, Integer::sum);
      if (candidates.size() < count) {
        violations.add(order.id(), "stored order " + order.id() + " of " + order.owner()
            + " was never answered 201, and there are only " + candidates.size()
            + " checkouts with a lost answer to explain " + count + " such orders");
        placed.put(order.id(), new Window(0, Long.MAX_VALUE));
      } else {
        placed.put(order.id(), Window.around(candidates));
      }
    }
    return placed;
  }

  /** @return when each cancelled order was cancelled */
  private Map<String, Window> checkOrderStatuses() {
    Map<String, Window> cancelled = new HashMap<>();
    for (StoredOrder order : state.orders().values()) {
      List<Op> cancels = opsOn(order.id(), "cancel", order.owner());
      List<Op> ships = opsOn(order.id(), "ship", "admin");
      boolean cancelAnswered = cancels.stream().anyMatch(op -> op.reply().is(200));
      boolean shipAnswered = ships.stream().anyMatch(op -> op.reply().is(200));
      if (cancelAnswered && shipAnswered) {
        violations.add(order.id(), "both a cancellation and a shipment were answered 200");
      }
      List<Op> mayHaveCancelled = cancels.stream().filter(op -> op.reply().is(200) || op.reply().outcomeUnknown())
          .toList();
      List<Op> mayHaveShipped = ships.stream().filter(op -> op.reply().is(200) || op.reply().outcomeUnknown())
          .toList();
      switch (order.status()) {
        case "CANCELLED":
          if (mayHaveCancelled.isEmpty()) {
            violations.add(order.id(), "order is CANCELLED but its owner never asked for that");
            cancelled.put(order.id(), new Window(0, Long.MAX_VALUE));
          } else {
            cancelled.put(order.id(), Window.around(mayHaveCancelled));
          }
          if (shipAnswered) {
            violations.add(order.id(), "order is CANCELLED although shipping it was answered 200");
          }
          break;
        case "SHIPPED":
          if (mayHaveShipped.isEmpty()) {
            violations.add(order.id(), "order is SHIPPED but no admin asked for that");
          }
          if (cancelAnswered) {
            violations.add(order.id(), "order is SHIPPED although cancelling it was answered 200");
          }
          break;
        case "PLACED":
          if (cancelAnswered || shipAnswered) {
            violations.add(order.id(), "order is still PLACED although a cancellation or shipment was answered 200");
          }
          break;
        default:
          violations.add(order.id(), "order has an unknown status " + order.status());
      }
    }
    return cancelled;
  }

  private void checkStock(SeedProduct product, Map<String, Window> placed, Map<String, Window> cancelled) {
    Optional<Integer> finalStock = state.stock().get(product.id());
    if (finalStock.isEmpty()) {
      boolean deleteAsked = history.stream().anyMatch(op -> op.kind().equals("delete-product")
          && op.products().contains(product.id()) && (op.reply().is(204) || op.reply().outcomeUnknown()));
      if (!deleteAsked) {
        violations.add(product.id(), "product vanished although nobody deleted it");
      }
      return;
    }
    int stock = finalStock.get();
    if (stock < 0) {
      violations.add(product.id(), "final stock is negative: " + stock);
    }
    List<StockMove> takes = new ArrayList<>();
    List<StockMove> returns = new ArrayList<>();
    for (StoredOrder order : state.orders().values()) {
      Integer units = order.units().get(product.id());
      if (units == null) {
        continue;
      }
      takes.add(new StockMove(units, placed.get(order.id()), order.id()));
      if (order.status().equals("CANCELLED")) {
        returns.add(new StockMove(units, cancelled.get(order.id()), order.id()));
      }
    }
    List<StockSet> sets = new ArrayList<>();
    sets.add(new StockSet(product.initialStock(), new Window(0, 0), true));
    for (Op op : history) {
      if (op.kind().equals("restock") && op.products().contains(product.id())
          && (op.reply().is(200) || op.reply().outcomeUnknown())) {
        int level = Integer.parseInt(op.input().replaceAll(".* stock=(\\d+) .*", "$1"));
        sets.add(new StockSet(level, new Window(op.start(), op.end()), op.reply().is(200)));
      }
    }
    List<String> explanations = new ArrayList<>();
    for (StockSet last : sets) {
      boolean overriddenForSure = sets.stream().anyMatch(other -> other != last && other.certain()
          && last.window().before(other.window()));
      if (overriddenForSure) {
        continue;
      }
      long low = last.level();
      long high = last.level();
      for (StockMove take : takes) {
        if (last.window().before(take.window())) {
          low -= take.units();
          high -= take.units();
        } else if (!take.window().before(last.window())) {
          low -= take.units();
        }
      }
      for (StockMove back : returns) {
        if (last.window().before(back.window())) {
          low += back.units();
          high += back.units();
        } else if (!back.window().before(last.window())) {
          high += back.units();
        }
      }
      if (low <= stock && stock <= high) {
        return;
      }
      explanations.add("level " + last.level() + " set in " + last.window() + " allows " + low + ".." + high);
    }
    violations.add(product.id(), "stock conservation: final stock " + stock + " of " + product.id()
        + " cannot be explained: " + explanations + "; takes " + takes + ", returns " + returns);
  }

  private void checkArithmetic(StoredOrder order) {
    JsonNode json = order.json();
    long subtotal = 0;
    for (JsonNode line : json.path("items")) {
      long lineTotal = line.path("unitPrice").asLong() * line.path("quantity").asLong();
      if (line.path("lineTotal").asLong() != lineTotal) {
        violations.add(order.id(), "line total " + line + " is not unit price times quantity");
      }
      subtotal += lineTotal;
    }
    long tax = BigDecimal.valueOf(subtotal).multiply(TAX_PERCENT)
        .divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP).longValueExact();
    if (json.path("subtotal").asLong() != subtotal || json.path("tax").asLong() != tax
        || json.path("total").asLong() != subtotal + tax) {
      violations.add(order.id(), "order amounts do not add up (expected subtotal " + subtotal + ", tax " + tax
          + "): " + json);
    }
  }

  private List<Op> opsOn(String orderId, String kind, String actor) {
    return history.stream()
        .filter(op -> op.kind().equals(kind) && op.actor().equals(actor) && op.orders().contains(orderId))
        .toList();
  }

  private static boolean isCheckout(Op op) {
    return op.kind().startsWith("checkout") || op.kind().equals("replay") || op.kind().equals("reuse-key");
  }

  private static Map<String, Integer> lines(JsonNode order) {
    Map<String, Integer> units = new java.util.TreeMap<>();
    order.path("items").forEach(line ->
        units.merge(line.path("productId").asText(), line.path("quantity").asInt(), Integer::sum));
    return units;
  }
}
