package io.cloudstore.domain.user;

import io.cloudstore.domain.Text;
import io.cloudstore.domain.ValidationException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An email address, trimmed and lower-cased so that equal addresses are equal values whatever case they
 * were typed in.
 */
public record Email(String value) {
  private static final int MAX_LENGTH = 254;
  private static final Pattern SHAPE = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");

  public Email {
    if (value == null || value.isBlank()) {
      throw ValidationException.of("email", "is required");
    }
    value = value.strip().toLowerCase(Locale.ROOT);
    if (value.length() > MAX_LENGTH) {
      throw ValidationException.of("email", "must be at most " + MAX_LENGTH + " characters");
    }
    if (!SHAPE.matcher(value).matches() || value.chars().anyMatch(Character::isISOControl)
        || Text.hasLoneSurrogate(value)) {
      throw ValidationException.of("email", "must be an email address such as ana@example.com");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
