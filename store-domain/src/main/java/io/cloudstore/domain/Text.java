package io.cloudstore.domain;

/** Checks shared by the free-text values of the domain. */
public final class Text {
  private Text() {}

  /**
   * Trims {@code raw} and checks its length in code points and that it holds no control characters.
   *
   * @throws ValidationException naming {@code field}
   */
  public static String require(String field, String raw, int min, int max) {
    if (raw == null) {
      throw ValidationException.of(field, "is required");
    }
    String value = raw.strip();
    int length = value.codePointCount(0, value.length());
    if (length < min) {
      throw ValidationException.of(field, min <= 1 ? "is required" : "must be at least " + min + " characters");
    }
    if (length > max) {
      throw ValidationException.of(field, "must be at most " + max + " characters");
    }
    for (int i = 0; i < value.length(); i++) {
      if (isForbiddenControl(value.charAt(i))) {
        throw ValidationException.of(field, "must not contain control characters");
      }
    }
    if (hasLoneSurrogate(value)) {
      throw ValidationException.of(field, "must be valid Unicode text");
    }
    return value;
  }

  /** A UTF-16 surrogate without its pair cannot be stored or sent as UTF-8. */
  public static boolean hasLoneSurrogate(String value) {
    for (int i = 0; i < value.length(); i++) {
      if (Character.isSurrogate(value.charAt(i)) && !isPairedAt(value, i)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isPairedAt(String value, int i) {
    char c = value.charAt(i);
    return Character.isHighSurrogate(c)
        ? i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))
        : i > 0 && Character.isHighSurrogate(value.charAt(i - 1));
  }

  /** Like {@link #require} but {@code null} or blank becomes the empty string. */
  public static String optional(String field, String raw, int max) {
    if (raw == null || raw.isBlank()) {
      return "";
    }
    return require(field, raw, 0, max);
  }

  /** Control characters are all single UTF-16 units, so checking each char checks each code point. */
  private static boolean isForbiddenControl(char c) {
    return Character.isISOControl(c) && c != '\n' && c != '\t';
  }
}
