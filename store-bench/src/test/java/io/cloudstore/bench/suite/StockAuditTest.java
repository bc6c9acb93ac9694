package io.cloudstore.bench.suite;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StockAuditTest {
  @Test
  void check_stockTakenEqualsUnitsOrdered_passesAndCountsUnitsSold() {
    StockAudit.Outcome outcome =
        StockAudit.check(Map.of("a", 10, "b", 5), Map.of("a", 7, "b", 5), Map.of("a", 3L));

    assertThat(outcome.passed()).isTrue();
    assertThat(outcome.unitsSold()).isEqualTo(3);
  }

  @Test
  void check_ordersHoldMoreUnitsThanLeftStock_reportsAnOversell() {
    StockAudit.Outcome outcome = StockAudit.check(Map.of("a", 2), Map.of("a", 0), Map.of("a", 3L));

    assertThat(outcome.passed()).isFalse();
    assertThat(outcome.problems()).singleElement().asString().contains("oversold");
  }

  @Test
  void check_stockTakenWithoutAnOrder_reportsLostStock() {
    StockAudit.Outcome outcome = StockAudit.check(Map.of("a", 5), Map.of("a", 4), Map.of());

    assertThat(outcome.problems()).singleElement().asString().contains("stock lost");
  }

  @Test
  void check_negativeStockOrMissingOrUnknownProducts_reportsEach() {
    StockAudit.Outcome outcome =
        StockAudit.check(Map.of("a", 1, "b", 1), Map.of("a", -1), Map.of("a", 2L, "z", 1L));

    assertThat(outcome.problems()).hasSize(3)
        .anyMatch(p -> p.contains("negative stock"))
        .anyMatch(p -> p.contains("b is missing"))
        .anyMatch(p -> p.contains("never created"));
  }

  @Test
  void unitsByProduct_cancelledOrders_holdNoUnits() {
    Map<String, Long> units = StockAudit.unitsByProduct(List.of(
        new ShopClient.OrderedUnits("a", 2, false),
        new ShopClient.OrderedUnits("a", 1, false),
        new ShopClient.OrderedUnits("b", 4, true)));

    assertThat(units).containsExactly(Map.entry("a", 3L));
  }
}
