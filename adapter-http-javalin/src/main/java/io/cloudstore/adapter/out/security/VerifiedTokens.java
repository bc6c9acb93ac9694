package io.cloudstore.adapter.out.security;

import io.cloudstore.domain.user.Principal;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tokens that passed every check once, by their exact text, with what they proved and until when. A shopper
 * sends the same token with every request of a session; parsing it and checking its signature again took
 * about a sixth of a checkout's processor time. The text includes the signature, so an entry can only ever
 * be found by the token that was verified; only the expiry changes with time, and it is checked on every
 * use. Tokens that fail are never kept. Bounded: when full, expired entries are dropped, and if none has
 * expired, a new token is simply verified in full each time until room is made. The entries are looked
 * through only when one of them can have expired since the last look, so a full memory costs a new token
 * nothing more than its full verification.
 */
final class VerifiedTokens {
  static final int CAPACITY = 10_000;

  /** @param usableUntil the last instant the token is accepted: its expiry plus the allowed clock skew */
  private record Verified(Principal principal, Instant usableUntil) {}

  private final Map<String, Verified> byToken = new ConcurrentHashMap<>();
  /**
   * Before this instant no entry has stopped being usable, so looking through them frees nothing. A hint:
   * a race costs a needless look or a token not remembered, never a wrong answer.
   */
  private volatile Instant nextExpiry = Instant.MIN;

  /** The principal of a token verified before, if it is still usable at {@code now}; forgets it if not. */
  Optional<Principal> principalAt(String token, Instant now) {
    Verified verified = byToken.get(token);
    if (verified == null) {
      return Optional.empty();
    }
    if (now.isAfter(verified.usableUntil())) {
      byToken.remove(token, verified);
      return Optional.empty();
    }
    return Optional.of(verified.principal());
  }

  void remember(String token, Principal principal, Instant usableUntil, Instant now) {
    if (byToken.size() >= CAPACITY) {
      if (now.isAfter(nextExpiry)) {
        dropExpired(now);
      }
      if (byToken.size() >= CAPACITY) {
        return;
      }
    }
    byToken.put(token, new Verified(principal, usableUntil));
    if (usableUntil.isBefore(nextExpiry)) {
      nextExpiry = usableUntil;
    }
  }

  private void dropExpired(Instant now) {
    byToken.values().removeIf(verified -> now.isAfter(verified.usableUntil()));
    nextExpiry = byToken.values().stream().map(Verified::usableUntil).min(Instant::compareTo).orElse(Instant.MAX);
  }

  int size() {
    return byToken.size();
  }
}
