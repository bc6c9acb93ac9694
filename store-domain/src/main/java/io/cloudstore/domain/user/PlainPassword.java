package io.cloudstore.domain.user;

import io.cloudstore.domain.Text;
import io.cloudstore.domain.ValidationException;
import java.nio.charset.StandardCharsets;

/**
 * A password as the user typed it. Its length is counted in UTF-8 bytes, because bcrypt reads at most 72
 * bytes and would silently ignore the rest. Never printed.
 */
public record PlainPassword(String value) {
  public static final int MIN_BYTES = 8;
  public static final int MAX_BYTES = 72;

  public PlainPassword {
    if (value == null || value.isEmpty()) {
      throw ValidationException.of("password", "is required");
    }
    if (Text.hasLoneSurrogate(value)) {
      throw ValidationException.of("password", "must be valid Unicode text");
    }
    int bytes = value.getBytes(StandardCharsets.UTF_8).length;
    if (bytes < MIN_BYTES) {
      throw ValidationException.of("password", "must be at least " + MIN_BYTES + " bytes long");
    }
    if (bytes > MAX_BYTES) {
      throw ValidationException.of("password", "must be at most " + MAX_BYTES + " bytes long (UTF-8)");
    }
  }

  @Override
  public String toString() {
    return "PlainPassword[redacted]";
  }
}
