package io.cloudstore.bench.suite;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Proves that checkouts neither oversold nor lost a sale: for every product the suite created, the units
 * that left stock equal the units in the orders that hold them, and no stock is below zero. The orders are
 * read back from the shop itself, so requests that wrk gave up on at the end of a run are counted too.
 */
final class StockAudit {
  private StockAudit() {}

  /** The audit's outcome: how many units were sold in all, and every discrepancy found. */
  record Outcome(long unitsSold, List<String> problems) {
    Outcome {
      problems = List.copyOf(problems);
    }

    boolean passed() {
      return problems.isEmpty();
    }
  }

  /**
   * @param initialStock the stock each product was created with
   * @param currentStock the stock the catalog shows now
   * @param orderedUnits the units of each product held by orders that are not cancelled
   */
  static Outcome check(
      Map<String, Integer> initialStock, Map<String, Integer> currentStock, Map<String, Long> orderedUnits) {
    List<String> problems = new ArrayList<>();
    long sold = 0;
    for (Map.Entry<String, Integer> created : initialStock.entrySet()) {
      String id = created.getKey();
      Integer now = currentStock.get(id);
      if (now == null) {
        problems.add("product " + id + " is missing from the catalog");
        continue;
      }
      long taken = (long) created.getValue() - now;
      long ordered = orderedUnits.getOrDefault(id, 0L);
      sold += ordered;
      if (now < 0) {
        problems.add("product " + id + " has negative stock " + now);
      }
      if (taken != ordered) {
        problems.add("product " + id + ": " + taken + " units left stock but orders hold " + ordered
            + (taken < ordered ? " (oversold)" : " (stock lost)"));
      }
    }
    for (String id : orderedUnits.keySet()) {
      if (!initialStock.containsKey(id)) {
        problems.add("orders hold product " + id + " that the suite never created");
      }
    }
    return new Outcome(sold, problems);
  }

  /** Sums the units per product over the lines of orders that are not cancelled. */
  static Map<String, Long> unitsByProduct(List<ShopClient.OrderedUnits> lines) {
    Map<String, Long> units = new HashMap<>();
    for (ShopClient.OrderedUnits line : lines) {
      if (!line.cancelled()) {
        units.merge(line.productId(), (long) line.quantity(), Long::sum);
      }
    }
    return units;
  }
}
