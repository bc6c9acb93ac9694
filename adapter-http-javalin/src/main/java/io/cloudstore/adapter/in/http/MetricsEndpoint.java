package io.cloudstore.adapter.in.http;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * What {@code GET /metrics} answers, and the bearer token a scraper must send to get it.
 *
 * @param contentType the media type of the scrape, such as Prometheus' {@code text/plain; version=0.0.4}
 * @param scrape makes the body of one answer; called once per request
 * @param bearerToken what a scraper sends as {@code Authorization: Bearer <token>}; never logged or shown
 */
public record MetricsEndpoint(String contentType, Supplier<String> scrape, String bearerToken) {
  public MetricsEndpoint {
    Objects.requireNonNull(contentType, "contentType");
    Objects.requireNonNull(scrape, "scrape");
    if (bearerToken == null || bearerToken.isBlank()) {
      throw new IllegalArgumentException("the metrics endpoint needs a bearer token");
    }
  }

  @Override
  public String toString() {
    return "MetricsEndpoint[" + contentType + ", token hidden]";
  }
}
