package io.cloudstore.adapter.in.http.health;

import io.cloudstore.application.port.in.health.CheckHealthUseCase;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Asks the store whether its storage answers, and waits at most {@code timeout} for the answer: a storage
 * that hangs makes readiness {@code DOWN} instead of hanging the probe. Probes that arrive while a check is
 * still running wait for that check rather than starting another, so a hanging storage never piles up
 * checks. The check runs on its own thread with the caller's MDC, so its log lines carry the request id.
 */
public final class StorageCheck {
  private static final Logger LOG = LoggerFactory.getLogger(StorageCheck.class);

  private final CheckHealthUseCase checkHealth;
  private final Duration timeout;
  private final AtomicBoolean timedOutLastTime = new AtomicBoolean();
  private CompletableFuture<Boolean> running;

  public StorageCheck(CheckHealthUseCase checkHealth, Duration timeout) {
    this.checkHealth = Objects.requireNonNull(checkHealth, "checkHealth");
    this.timeout = Objects.requireNonNull(timeout, "timeout");
  }

  /** True if storage answered that it is reachable within the timeout. */
  public boolean isStorageReachable() {
    try {
      boolean reachable = runningOrNewCheck().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      timedOutLastTime.set(false);
      return reachable;
    } catch (TimeoutException slow) {
      if (timedOutLastTime.compareAndSet(false, true)) {
        LOG.warn("Storage did not answer the health check within {} ms; reporting DOWN", timeout.toMillis());
      }
      return false;
    } catch (ExecutionException failed) {
      return false;
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private synchronized CompletableFuture<Boolean> runningOrNewCheck() {
    if (running == null || running.isDone()) {
      CompletableFuture<Boolean> check = new CompletableFuture<>();
      Map<String, String> callersMdc = MDC.getCopyOfContextMap();
      Thread thread = new Thread(() -> run(check, callersMdc), "storage-health-check");
      thread.setDaemon(true);
      thread.start();
      running = check;
    }
    return running;
  }

  private void run(CompletableFuture<Boolean> check, Map<String, String> callersMdc) {
    if (callersMdc != null) {
      MDC.setContextMap(callersMdc);
    }
    try {
      check.complete(checkHealth.isStorageReachable());
    } catch (RuntimeException | Error e) {
      check.completeExceptionally(e);
    } finally {
      MDC.clear();
    }
  }
}
