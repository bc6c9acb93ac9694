package io.cloudstore.adapter.in.http.support;

import io.cloudstore.domain.ValidationException;
import io.cloudstore.domain.page.PageRequest;
import io.javalin.http.Context;
import java.util.Optional;
import java.util.function.Function;

/**
 * Turns path and query parameters into values. An id that cannot be an id names nothing, so it is a 404
 * (never a 422); a {@code limit} that is not a number is a 400, one out of range a 422.
 */
public final class Params {
  private static final int MAX_LIMIT_DIGITS = 9;

  private Params() {}

  /**
   * @param toId the id record's constructor, which refuses anything that is not an id
   * @throws RequestRejectedException with 404 if the path parameter cannot be an id
   */
  public static <I> I pathId(Context ctx, String name, Function<String, I> toId) {
    try {
      return toId.apply(ctx.pathParam(name));
    } catch (ValidationException notAnId) {
      throw new RequestRejectedException(Problems.noSuchResource());
    }
  }

  /** A query parameter with surrounding blanks removed; empty if absent or blank. */
  public static Optional<String> query(Context ctx, String name) {
    return Optional.ofNullable(ctx.queryParam(name)).map(String::strip).filter(v -> !v.isEmpty());
  }

  /** {@code limit} (default {@value PageRequest#DEFAULT_LIMIT}) and {@code cursor}. */
  public static PageRequest page(Context ctx) {
    int limit = query(ctx, "limit").map(Params::parseLimit).orElse(PageRequest.DEFAULT_LIMIT);
    return new PageRequest(limit, query(ctx, "cursor"));
  }

  private static int parseLimit(String raw) {
    if (raw.length() > MAX_LIMIT_DIGITS || !raw.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new RequestRejectedException(Problems.malformed(
          "The query parameter 'limit' must be a whole number from 1 to " + PageRequest.MAX_LIMIT + "."));
    }
    return Integer.parseInt(raw);
  }
}
