package io.cloudstore.bootstrap.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Talks to the shop over real HTTP, as a browser or a script would. A body is sent as JSON: a
 * {@code String} as it is (so tests can send malformed JSON), a {@code byte[]} as raw bytes, anything else
 * serialised with Jackson. {@code null} token means anonymous.
 */
final class ApiClient {
  static final ObjectMapper JSON = new ObjectMapper();
  static final String JSON_TYPE = "application/json";
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final String base;

  ApiClient(int port) {
    this.base = "http://127.0.0.1:" + port;
  }

  ApiResponse get(String path) {
    return get(path, null);
  }

  ApiResponse get(String path, String token) {
    return send("GET", path, null, token, Map.of());
  }

  ApiResponse post(String path, Object body) {
    return post(path, body, null);
  }

  ApiResponse post(String path, Object body, String token) {
    return post(path, body, token, Map.of());
  }

  ApiResponse post(String path, Object body, String token, Map<String, String> headers) {
    return send("POST", path, body, token, headers);
  }

  ApiResponse put(String path, Object body, String token) {
    return send("PUT", path, body, token, Map.of());
  }

  ApiResponse delete(String path, String token) {
    return send("DELETE", path, null, token, Map.of());
  }

  /** Sends {@code body} as JSON (see the class comment); extra headers may override the content type. */
  ApiResponse send(String method, String path, Object body, String token, Map<String, String> headers) {
    return sendAsync(method, path, body, token, headers).join();
  }

  CompletableFuture<ApiResponse> sendAsync(
      String method, String path, Object body, String token, Map<String, String> headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT).method(method, publisherFor(body));
    if (body != null) {
      request.header("Content-Type", JSON_TYPE);
    }
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    headers.forEach(request::setHeader);
    String described = method + " " + path;
    return http.sendAsync(request.build(), BodyHandlers.ofString(StandardCharsets.UTF_8))
        .thenApply(r -> new ApiResponse(described, r.statusCode(), r.headers(), r.body()));
  }

  private static BodyPublisher publisherFor(Object body) {
    if (body == null) {
      return BodyPublishers.noBody();
    }
    if (body instanceof byte[] bytes) {
      return BodyPublishers.ofByteArray(bytes);
    }
    if (body instanceof String text) {
      return BodyPublishers.ofString(text, StandardCharsets.UTF_8);
    }
    try {
      return BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String toJson(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
