package io.cloudstore.adapter.out.persistence.dynamodb;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;

/**
 * Instants as stored: ISO-8601 UTC with exactly nine fraction digits ({@code 2026-11-25T10:15:30.000000000Z}).
 * The fixed width makes string order equal time order, which the order-history sort key relies on;
 * {@link Instant#toString()} drops trailing zeros and would sort {@code 30.5Z} before {@code 30Z}.
 */
final class Timestamps {
  private static final DateTimeFormatter FIXED_WIDTH = new DateTimeFormatterBuilder().appendInstant(9).toFormatter();

  private Timestamps() {}

  static String format(Instant instant) {
    return FIXED_WIDTH.format(instant);
  }

  static Instant parse(String stored) {
    return Instant.parse(stored);
  }
}
