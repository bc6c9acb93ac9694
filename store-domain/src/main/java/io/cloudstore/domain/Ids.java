package io.cloudstore.domain;

import java.util.regex.Pattern;

/** The one rule every id follows: 1 to 64 letters, digits, '-' or '_'. Ids are opaque to clients. */
public final class Ids {
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

  private Ids() {}

  public static String require(String field, String value) {
    if (value == null || !ID.matcher(value).matches()) {
      throw ValidationException.of(field, "is not a valid id");
    }
    return value;
  }
}
