package io.cloudstore.adapter.in.http.health;

/** {@code GET /health}: {@code UP} or {@code DOWN}, and which storage the store uses. */
public record HealthResponse(String status, String storage) {}
