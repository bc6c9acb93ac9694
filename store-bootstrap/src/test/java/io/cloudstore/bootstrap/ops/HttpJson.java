package io.cloudstore.bootstrap.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** A small HTTP client for the shop: JSON in, text out, with the headers a test asks for. */
final class HttpJson {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private final String base;

  HttpJson(int port) {
    this.base = "http://127.0.0.1:" + port;
  }

  HttpResponse<String> get(String path, String... headers) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), headers);
  }

  HttpResponse<String> post(String path, Object body, String... headers) {
    return send(withBody("POST", body), path, headers);
  }

  HttpResponse<String> put(String path, Object body, String... headers) {
    return send(withBody("PUT", body), path, headers);
  }

  static JsonNode json(HttpResponse<String> response) {
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException("not JSON: " + response.body(), e);
    }
  }

  static String bearer(String token) {
    return "Bearer " + token;
  }

  private static Map.Entry<String, HttpRequest.BodyPublisher> withBody(String method, Object body) {
    try {
      String text = body instanceof String ? (String) body : JSON.writeValueAsString(body);
      return Map.entry(method, HttpRequest.BodyPublishers.ofString(text));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private HttpResponse<String> send(Map.Entry<String, HttpRequest.BodyPublisher> body, String path, String... headers) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).method(body.getKey(), body.getValue())
        .header("Content-Type", "application/json"), headers);
  }

  /** @param headers name, value, name, value...; {@code Authorization} takes a {@link #bearer} value */
  private HttpResponse<String> send(HttpRequest.Builder request, String... headers) {
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    try {
      return client.send(request.timeout(Duration.ofSeconds(15)).build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
