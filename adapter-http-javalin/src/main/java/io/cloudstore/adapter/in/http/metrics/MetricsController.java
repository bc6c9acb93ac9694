package io.cloudstore.adapter.in.http.metrics;

import io.javalin.http.Context;
import java.util.Objects;
import java.util.function.Supplier;

/** {@code GET /metrics}: the meters in the registry's exposition format, for Prometheus to scrape. */
public final class MetricsController {
  private final String contentType;
  private final Supplier<String> scrape;

  public MetricsController(String contentType, Supplier<String> scrape) {
    this.contentType = Objects.requireNonNull(contentType, "contentType");
    this.scrape = Objects.requireNonNull(scrape, "scrape");
  }

  public void scrape(Context ctx) {
    ctx.contentType(contentType).result(scrape.get());
  }
}
