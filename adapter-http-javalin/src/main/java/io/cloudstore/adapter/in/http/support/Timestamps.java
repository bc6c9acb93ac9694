package io.cloudstore.adapter.in.http.support;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

/** Timestamps as the API writes them: ISO-8601 in UTC, such as {@code 2026-11-25T10:15:30Z}. */
public final class Timestamps {
  private Timestamps() {}

  public static String format(Instant instant) {
    return DateTimeFormatter.ISO_INSTANT.format(instant);
  }
}
