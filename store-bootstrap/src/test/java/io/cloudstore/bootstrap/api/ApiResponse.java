package io.cloudstore.bootstrap.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpHeaders;
import java.util.Optional;

/** What the shop answered: status, headers and the body as text, with the body parsed as JSON on demand. */
record ApiResponse(String request, int status, HttpHeaders headers, String body) {

  JsonNode json() {
    try {
      return ApiClient.JSON.readTree(body);
    } catch (JsonProcessingException e) {
      throw new AssertionError("the body of " + this + " is not JSON", e);
    }
  }

  Optional<String> header(String name) {
    return headers.firstValue(name);
  }

  String contentType() {
    return header("Content-Type").orElse("");
  }

  /** Used by AssertJ in failure messages, so that a failing test shows what was asked and answered. */
  @Override
  public String toString() {
    String shown = body.length() > 2000 ? body.substring(0, 2000) + "…" : body;
    return request + " -> " + status + " " + contentType() + " " + shown;
  }
}
