package io.cloudstore.adapter.in.http.support;

import io.javalin.http.Context;

/**
 * Refuses a request whose declared {@code Content-Length} is over the limit before anything reads it. Bodies
 * without a length (chunked) or with a false one are cut off by Javalin's own limit on the bytes read,
 * which is set to the same value.
 */
public final class BodyLimit {
  private final long maxBytes;

  public BodyLimit(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  /** A before handler. */
  public void check(Context ctx) {
    if (ctx.req().getContentLengthLong() > maxBytes) {
      throw new RequestRejectedException(Problems.tooLarge(maxBytes));
    }
  }
}
