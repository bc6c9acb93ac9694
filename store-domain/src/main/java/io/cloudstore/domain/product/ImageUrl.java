package io.cloudstore.domain.product;

import io.cloudstore.domain.ValidationException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Where a product's picture is: an absolute http(s) URL or a path on this server ({@code /images/x.svg}).
 * Empty means "no image", and the pages show a placeholder. Anything else (javascript:, data:, //host) is
 * refused, so that an admin cannot plant a script URL in the shop.
 */
public record ImageUrl(String value) {
  public static final int MAX_LENGTH = 2048;
  public static final ImageUrl NONE = new ImageUrl("");

  public ImageUrl {
    value = value == null ? "" : value.strip();
    if (!value.isEmpty() && !isAllowed(value)) {
      throw ValidationException.of("imageUrl", "must be an http(s) URL or a path starting with /");
    }
  }

  public boolean isPresent() {
    return !value.isEmpty();
  }

  private static boolean isAllowed(String value) {
    if (value.length() > MAX_LENGTH || value.chars().anyMatch(c -> c <= ' ' || c == '\\')) {
      return false;
    }
    try {
      URI uri = new URI(value);
      if (uri.isAbsolute()) {
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
      }
      return value.startsWith("/") && !value.startsWith("//");
    } catch (URISyntaxException e) {
      return false;
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
