package io.cloudstore.guarantees;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudstore.adapter.out.faults.FaultPlan;
import io.cloudstore.guarantees.ShopperClient.Tolerance;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The randomized invariant test against the in-memory store, without and with storage faults. */
class InMemoryInvariantsIT {
  private static final int CLIENTS = 8;

  @Test
  void randomConcurrentShopping_inMemory_keepsEveryInvariant() {
    long seed = Seeds.seed();
    try (var shop = ShopUnderTest.inMemory(FaultPlan.none(), ShopUnderTest.newSecret())) {
      var result = new RandomizedRun("memory", seed, CLIENTS, Seeds.opsPerClient(400), Tolerance.NONE)
          .run(List.of(shop));
      RandomizedRun.assertNoViolations(result);
    }
  }

  @Test
  void randomConcurrentShopping_withStorageFaults_answers503AndKeepsEveryInvariant() {
    long seed = Seeds.seed();
    try (var shop = ShopUnderTest.inMemory(FaultPlan.everyKind(0.05, seed), ShopUnderTest.newSecret())) {
      var result = new RandomizedRun("memory+faults", seed, CLIENTS, Seeds.opsPerClient(400),
          Tolerance.STORAGE_FAULTS).run(List.of(shop), () -> shop.faults().enable(), () -> shop.faults().disable());
      System.out.printf("faults injected: %d (memory, rate %.2f, seed %d)%n", shop.faults().injected(),
          shop.faults().plan().rate(), seed);
      assertThat(shop.faults().injected()).as("faults injected").isPositive();
      RandomizedRun.assertNoViolations(result);
    }
  }
}
