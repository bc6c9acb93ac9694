package io.cloudstore.adapter.out.faults;

import io.cloudstore.application.port.out.persistence.StorageUnavailableException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Decides, call by call, whether a storage call gets a fault, and makes it happen. Every injected failure is
 * a {@link StorageUnavailableException}, the one failure the ports promise for an unreachable store. Faults
 * can be switched off and on while running (for example to set up data or read the final state).
 */
public final class FaultInjector {
  private final FaultPlan plan;
  private final List<Fault> readFaults;
  private final List<Fault> writeFaults;
  private final SplittableRandom random;
  private final Map<Fault, AtomicLong> injected = new EnumMap<>(Fault.class);
  private volatile boolean enabled = true;

  public FaultInjector(FaultPlan plan) {
    this.plan = plan;
    this.random = new SplittableRandom(plan.seed());
    this.writeFaults = sorted(plan.kinds(), true);
    this.readFaults = sorted(plan.kinds(), false);
    for (Fault fault : Fault.values()) {
      injected.put(fault, new AtomicLong());
    }
  }

  public FaultPlan plan() {
    return plan;
  }

  public void enable() {
    enabled = true;
  }

  public void disable() {
    enabled = false;
  }

  /** How many faults of {@code kind} were injected so far. */
  public long injected(Fault kind) {
    return injected.get(kind).get();
  }

  /** How many faults were injected so far, of every kind (slow calls included). */
  public long injected() {
    return injected.values().stream().mapToLong(AtomicLong::get).sum();
  }

  /** Runs a call that changes nothing. */
  <T> T read(String operation, Supplier<T> call) {
    Optional<Fault> fault = next(readFaults);
    fault.ifPresent(f -> before(operation, f));
    return call.get();
  }

  /** Runs a call that changes stored data. */
  <T> T write(String operation, Supplier<T> call) {
    Optional<Fault> fault = next(writeFaults);
    fault.ifPresent(f -> before(operation, f));
    T result = call.get();
    if (fault.isPresent() && fault.get() == Fault.ERROR_AFTER_WRITE) {
      throw new StorageUnavailableException(operation + ": the answer was lost after the write (injected)", null);
    }
    return result;
  }

  void write(String operation, Runnable call) {
    write(operation, () -> {
      call.run();
      return null;
    });
  }

  private Optional<Fault> next(List<Fault> choices) {
    if (!enabled || plan.rate() == 0 || choices.isEmpty()) {
      return Optional.empty();
    }
    Fault chosen;
    synchronized (random) {
      if (random.nextDouble() >= plan.rate()) {
        return Optional.empty();
      }
      chosen = choices.get(random.nextInt(choices.size()));
    }
    injected.get(chosen).incrementAndGet();
    return Optional.of(chosen);
  }

  private void before(String operation, Fault fault) {
    switch (fault) {
      case ERROR:
        throw new StorageUnavailableException(operation + " failed (injected)", null);
      case TIMEOUT:
        pause(operation, plan.timeout());
        throw new StorageUnavailableException(operation + " timed out (injected)", null);
      case SLOW:
        pause(operation, plan.slowCall());
        break;
      case ERROR_AFTER_WRITE:
        break;
      default:
        throw new IllegalStateException("unknown fault " + fault);
    }
  }

  private static void pause(String operation, Duration delay) {
    try {
      Thread.sleep(delay.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StorageUnavailableException(operation + " was interrupted", e);
    }
  }

  /** The faults that apply, in a fixed order so that a seed always picks the same one. */
  private static List<Fault> sorted(Set<Fault> kinds, boolean forWrites) {
    List<Fault> faults = new ArrayList<>();
    for (Fault fault : Fault.values()) {
      if (kinds.contains(fault) && (forWrites || fault != Fault.ERROR_AFTER_WRITE)) {
        faults.add(fault);
      }
    }
    return List.copyOf(faults);
  }
}
