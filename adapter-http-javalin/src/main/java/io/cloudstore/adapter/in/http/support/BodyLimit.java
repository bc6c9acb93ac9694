package io.cloudstore.adapter.in.http.support;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refuses a request whose declared {@code Content-Length} is over the limit. Bodies without a length
 * (chunked) are cut off by {@link JsonBodies} at the same limit on the bytes read.
 *
 * <p>The refused body is read and thrown away (up to {@link #MAX_DISCARDED_BYTES}) before the 413 is
 * sent: a server that answers and closes while request bytes are still unread makes the kernel reset the
 * connection, and the reset can destroy the 413 before the client reads it.
 */
public final class BodyLimit {
  static final long MAX_DISCARDED_BYTES = 1024 * 1024;
  private static final Logger log = LoggerFactory.getLogger(BodyLimit.class);

  private final long maxBytes;

  public BodyLimit(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  /** A before handler. */
  public void check(Context ctx) {
    long declared = ctx.req().getContentLengthLong();
    if (declared > maxBytes) {
      if (declared <= MAX_DISCARDED_BYTES) {
        discardBody(ctx);
      }
      throw new RequestRejectedException(Problems.tooLarge(maxBytes));
    }
  }

  private static void discardBody(Context ctx) {
    byte[] buffer = new byte[16 * 1024];
    long discarded = 0;
    try {
      InputStream body = ctx.req().getInputStream();
      for (int read = body.read(buffer); read != -1 && discarded < MAX_DISCARDED_BYTES; read = body.read(buffer)) {
        discarded += read;
      }
    } catch (IOException clientGone) {
      log.debug("Client stopped sending an oversized body after {} bytes", discarded, clientGone);
    }
  }
}
