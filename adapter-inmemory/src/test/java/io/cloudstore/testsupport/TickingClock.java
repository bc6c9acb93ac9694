package io.cloudstore.testsupport;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/**
 * TEST ONLY: a clock that moves one second forward every time it is read, so that things made one after
 * the other (orders in a history) have distinct, predictable times.
 */
public final class TickingClock extends Clock {
  private final Instant start;
  private final AtomicLong ticks = new AtomicLong();

  public TickingClock(Instant start) {
    this.start = start;
  }

  @Override
  public Instant instant() {
    return start.plusSeconds(ticks.getAndIncrement());
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("a ticking test clock is always UTC");
  }
}
