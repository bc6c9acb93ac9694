package io.cloudstore.application.port.out.persistence;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs contenders at the same moment, one thread each: every thread waits at a start gate until all are
 * ready, so that they really overlap. Every wait is bounded; a contender that does not finish within
 * {@link #BOUND} (a deadlock, a lost wake-up) fails the test instead of hanging the build.
 */
public final class Race {
  public static final Duration BOUND = Duration.ofSeconds(60);

  private Race() {}

  /** What one contender did: returned a value or threw. */
  public record Outcome<T>(T value, Throwable failure) {
    public boolean succeeded() {
      return failure == null;
    }
  }

  /** All outcomes, in the order of the contenders. */
  public record Results<T>(List<Outcome<T>> outcomes) {
    public Results {
      outcomes = List.copyOf(outcomes);
    }

    public List<T> successes() {
      return outcomes.stream().filter(Outcome::succeeded).map(Outcome::value).toList();
    }

    public List<Throwable> failures() {
      return outcomes.stream().filter(o -> !o.succeeded()).map(Outcome::failure).toList();
    }
  }

  public static <T> Results<T> run(List<? extends Callable<T>> contenders) {
    int count = contenders.size();
    ExecutorService pool = Executors.newFixedThreadPool(count);
    CountDownLatch ready = new CountDownLatch(count);
    CountDownLatch start = new CountDownLatch(1);
    long deadline = System.nanoTime() + BOUND.toNanos();
    try {
      List<Future<T>> futures = new ArrayList<>(count);
      for (Callable<T> contender : contenders) {
        futures.add(pool.submit(() -> {
          ready.countDown();
          if (!start.await(BOUND.toNanos(), TimeUnit.NANOSECONDS)) {
            throw new IllegalStateException("the start gate never opened");
          }
          return contender.call();
        }));
      }
      if (!ready.await(BOUND.toNanos(), TimeUnit.NANOSECONDS)) {
        throw new AssertionError("not all " + count + " contenders started within " + BOUND);
      }
      start.countDown();
      List<Outcome<T>> outcomes = new ArrayList<>(count);
      for (Future<T> future : futures) {
        outcomes.add(outcomeOf(future, deadline));
      }
      return new Results<>(outcomes);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while waiting for the race", e);
    } finally {
      pool.shutdownNow();
    }
  }

  private static <T> Outcome<T> outcomeOf(Future<T> future, long deadline) throws InterruptedException {
    try {
      return new Outcome<>(future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS), null);
    } catch (ExecutionException e) {
      return new Outcome<>(null, e.getCause());
    } catch (TimeoutException e) {
      throw new AssertionError("a contender did not finish within " + BOUND + "; is something deadlocked?", e);
    }
  }
}
