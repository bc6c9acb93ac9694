package io.cloudstore.adapter.in.http.health;

import io.cloudstore.adapter.in.http.support.JsonAnswers;
import io.javalin.http.Context;

/**
 * For load balancers, orchestrators and monitoring. Liveness says the process answers (restart it if not);
 * readiness says it can serve, because storage answered within the readiness timeout (stop sending it
 * traffic if not). {@code /health} is the contract's original check and answers like readiness.
 */
public final class HealthController {
  private static final LiveResponse LIVE = new LiveResponse("UP");

  private final StorageCheck storage;
  private final String storageName;

  public HealthController(StorageCheck storage, String storageName) {
    this.storage = storage;
    this.storageName = storageName;
  }

  public void health(Context ctx) {
    ready(ctx);
  }

  public void live(Context ctx) {
    JsonAnswers.send(ctx, LIVE);
  }

  public void ready(Context ctx) {
    if (storage.isStorageReachable()) {
      JsonAnswers.send(ctx, new HealthResponse("UP", storageName));
    } else {
      ctx.status(503);
      JsonAnswers.send(ctx, new HealthResponse("DOWN", storageName));
    }
  }
}
