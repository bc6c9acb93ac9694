package io.cloudstore.domain.page;

import io.cloudstore.domain.ValidationException;
import java.util.Optional;

/**
 * Which page of a list to return: at most {@code limit} items (1 to 100) after the opaque {@code cursor}
 * of the previous page, or from the start.
 */
public record PageRequest(int limit, Optional<String> cursor) {
  public static final int DEFAULT_LIMIT = 20;
  public static final int MAX_LIMIT = 100;

  public PageRequest {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw ValidationException.of("limit", "must be between 1 and " + MAX_LIMIT);
    }
    cursor = cursor.filter(c -> !c.isEmpty());
  }

  public static PageRequest first(int limit) {
    return new PageRequest(limit, Optional.empty());
  }

  public static PageRequest after(String cursor, int limit) {
    return new PageRequest(limit, Optional.of(cursor));
  }
}
