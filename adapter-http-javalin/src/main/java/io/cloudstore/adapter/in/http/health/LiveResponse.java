package io.cloudstore.adapter.in.http.health;

/** {@code GET /health/live}: always {@code UP} while the process answers. */
public record LiveResponse(String status) {}
