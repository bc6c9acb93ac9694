package io.cloudstore.adapter.in.http.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Slows down password guessing by counting failed log-ins per email address and per client address.
 *
 * <p>Policy: each key (a normalised email, or a client address) has a fixed window that opens at its first
 * failure and lasts {@code window}. Once a key has {@code maxFailures} failures in its window, further
 * attempts for it are refused with 429 until the window ends, without the password being checked, and
 * refused attempts do not extend the window. A successful log-in clears the email's counter (not the
 * address's, so one valid account cannot be used to reset guessing from an address).
 *
 * <p>Memory is bounded: each of the two tables tracks at most {@code maxTrackedKeys} keys; when a new key
 * would exceed that, the key whose window opened longest ago is forgotten. Forgetting can only let an
 * attacker guess sooner, never lock anyone out; an attacker must fail from many addresses to flush an
 * email, and each address is itself limited.
 *
 * <p>Counters live in this process: with several instances behind a load balancer each counts on its own.
 */
public final class LoginThrottle {
  public static final int DEFAULT_MAX_FAILURES_PER_EMAIL = 5;
  public static final int DEFAULT_MAX_FAILURES_PER_ADDRESS = 20;
  public static final Duration DEFAULT_WINDOW = Duration.ofMinutes(15);
  public static final int DEFAULT_MAX_TRACKED_KEYS = 10_000;

  private final int maxFailuresPerEmail;
  private final int maxFailuresPerAddress;
  private final Duration window;
  private final Clock clock;
  private final Counters byEmail;
  private final Counters byAddress;

  public LoginThrottle(
      int maxFailuresPerEmail, int maxFailuresPerAddress, Duration window, int maxTrackedKeys, Clock clock) {
    if (maxFailuresPerEmail < 1 || maxFailuresPerAddress < 1) {
      throw new IllegalArgumentException("the failure limits must be at least 1");
    }
    if (window == null || window.isZero() || window.isNegative()) {
      throw new IllegalArgumentException("the throttle window must be positive");
    }
    if (maxTrackedKeys < 1) {
      throw new IllegalArgumentException("at least one key must be tracked");
    }
    this.maxFailuresPerEmail = maxFailuresPerEmail;
    this.maxFailuresPerAddress = maxFailuresPerAddress;
    this.window = window;
    this.clock = Objects.requireNonNull(clock, "clock");
    this.byEmail = new Counters(maxTrackedKeys);
    this.byAddress = new Counters(maxTrackedKeys);
  }

  /**
   * How long the caller must wait before trying again, if either the email or the address has used up its
   * failures; empty if the attempt may go ahead.
   */
  public synchronized Optional<Duration> retryAfter(String email, String address) {
    Instant now = clock.instant();
    Duration wait = max(byEmail.blockedFor(email, maxFailuresPerEmail, now), byAddress.blockedFor(address,
        maxFailuresPerAddress, now));
    return wait.isZero() ? Optional.empty() : Optional.of(wait);
  }

  public synchronized void recordFailure(String email, String address) {
    Instant now = clock.instant();
    byEmail.increment(email, now);
    byAddress.increment(address, now);
  }

  public synchronized void recordSuccess(String email) {
    byEmail.forget(email);
  }

  /** How many keys are tracked in total, for tests of the memory bound. */
  synchronized int trackedKeys() {
    return byEmail.size() + byAddress.size();
  }

  private static Duration max(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  private static final class Window {
    final Instant openedAt;
    int failures;

    Window(Instant openedAt) {
      this.openedAt = openedAt;
    }
  }

  /** Failure windows by key, oldest window first, evicting the oldest beyond the bound. */
  private final class Counters {
    private final Map<String, Window> windows;

    Counters(int maxKeys) {
      this.windows =
          new LinkedHashMap<>(16, 0.75f, false) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Window> eldest) {
              return size() > maxKeys;
            }
          };
    }

    Duration blockedFor(String key, int maxFailures, Instant now) {
      Window current = current(key, now);
      if (current == null || current.failures < maxFailures) {
        return Duration.ZERO;
      }
      return Duration.between(now, current.openedAt.plus(window));
    }

    void increment(String key, Instant now) {
      Window current = current(key, now);
      if (current == null) {
        current = new Window(now);
        windows.put(key, current);
      }
      current.failures++;
    }

    void forget(String key) {
      windows.remove(key);
    }

    int size() {
      return windows.size();
    }

    /** The key's open window, dropping it if it has ended. */
    private Window current(String key, Instant now) {
      Window existing = windows.get(key);
      if (existing != null && !now.isBefore(existing.openedAt.plus(window))) {
        windows.remove(key);
        return null;
      }
      return existing;
    }
  }
}
