package io.cloudstore.adapter.out.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudstore.application.port.out.persistence.StorageUnavailableException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class FaultInjectorTest {

  @Test
  void errorAfterWrite_performsTheWriteAndThenReportsStorageUnavailable() {
    var faults = new FaultInjector(only(Fault.ERROR_AFTER_WRITE, 1.0));
    var writes = new AtomicInteger();

    assertThatThrownBy(() -> faults.write("orders.placeOrder", writes::incrementAndGet))
        .isInstanceOf(StorageUnavailableException.class);
    assertThat(writes).hasValue(1);
    assertThat(faults.injected(Fault.ERROR_AFTER_WRITE)).isEqualTo(1);
  }

  @Test
  void errorAndTimeout_neverReachStorage() {
    for (Fault fault : List.of(Fault.ERROR, Fault.TIMEOUT)) {
      var faults = new FaultInjector(only(fault, 1.0));
      var calls = new AtomicInteger();

      assertThatThrownBy(() -> faults.write("carts.save", calls::incrementAndGet))
          .isInstanceOf(StorageUnavailableException.class);
      assertThatThrownBy(() -> faults.read("carts.findByUser", calls::incrementAndGet))
          .isInstanceOf(StorageUnavailableException.class);
      assertThat(calls).as("calls that reached storage with %s", fault).hasValue(0);
    }
  }

  @Test
  void reads_neverGetAnErrorAfterTheCall() {
    var faults = new FaultInjector(only(Fault.ERROR_AFTER_WRITE, 1.0));

    assertThat(faults.read("products.findById", () -> "found")).isEqualTo("found");
    assertThat(faults.injected()).isZero();
  }

  @Test
  void disabledOrZeroRate_injectsNothing() {
    var disabled = new FaultInjector(FaultPlan.everyKind(1.0, 7));
    disabled.disable();
    var none = new FaultInjector(FaultPlan.none());

    for (int i = 0; i < 100; i++) {
      assertThat(disabled.write("users.create", () -> "ok")).isEqualTo("ok");
      assertThat(none.write("users.create", () -> "ok")).isEqualTo("ok");
    }
    assertThat(disabled.injected() + none.injected()).isZero();
  }

  @Test
  void sameSeedAndCalls_giveTheSameFaults() {
    assertThat(outcomes(42)).isEqualTo(outcomes(42)).isNotEqualTo(outcomes(43));
  }

  @Test
  void rate_isRoughlyTheShareOfCallsThatFail() {
    var faults = new FaultInjector(only(Fault.ERROR, 0.1));
    int failed = 0;
    for (int i = 0; i < 10_000; i++) {
      try {
        faults.read("products.search", () -> "ok");
      } catch (StorageUnavailableException e) {
        failed++;
      }
    }
    assertThat(failed).isBetween(800, 1200);
  }

  private static List<String> outcomes(long seed) {
    var faults = new FaultInjector(new FaultPlan(0.3, seed, EnumSet.of(Fault.ERROR, Fault.ERROR_AFTER_WRITE),
        Duration.ZERO, Duration.ZERO));
    List<String> outcomes = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      try {
        outcomes.add(faults.write("w", () -> "ok"));
      } catch (StorageUnavailableException e) {
        outcomes.add(e.getMessage());
      }
    }
    return outcomes;
  }

  private static FaultPlan only(Fault fault, double rate) {
    return new FaultPlan(rate, 1, Set.of(fault), Duration.ZERO, Duration.ZERO);
  }
}
