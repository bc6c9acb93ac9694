package io.cloudstore.adapter.in.http.health;

import io.cloudstore.application.port.in.health.CheckHealthUseCase;
import io.javalin.http.Context;

/** For load balancers and monitoring: 200 while storage answers, 503 when it does not. */
public final class HealthController {
  private final CheckHealthUseCase checkHealth;
  private final String storageName;

  public HealthController(CheckHealthUseCase checkHealth, String storageName) {
    this.checkHealth = checkHealth;
    this.storageName = storageName;
  }

  public void health(Context ctx) {
    if (checkHealth.isStorageReachable()) {
      ctx.json(new HealthResponse("UP", storageName));
    } else {
      ctx.status(503).json(new HealthResponse("DOWN", storageName));
    }
  }
}
