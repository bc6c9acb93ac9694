package io.cloudstore.bootstrap.ops;

import java.util.Locale;

/** How log lines look on the console ({@code STORE_LOG_FORMAT}). */
public enum LogFormat {
  /** One human-readable line per event (the default). */
  TEXT,
  /** One JSON object per line, for log collectors. */
  JSON;

  /** @throws IllegalArgumentException unless {@code text} or {@code json} (any case) */
  public static LogFormat parse(String value) {
    return valueOf(value.strip().toUpperCase(Locale.ROOT));
  }

  public String configName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
