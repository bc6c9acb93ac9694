package io.cloudstore.guarantees;

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

/**
 * Talks to a shop over real HTTP on the loopback interface. A body is sent as JSON: a {@code String} or
 * {@code byte[]} as it is, anything else serialised by Jackson. A missing answer becomes
 * {@link Reply#NO_ANSWER} instead of an exception, so that outages can be recorded like any other answer.
 */
final class Http {
  static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final HttpClient client =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
  private final String base;

  Http(int port) {
    this.base = "http://127.0.0.1:" + port;
  }

  Reply get(String path, String token) {
    return send("GET", path, null, token, Map.of());
  }

  Reply post(String path, Object body, String token) {
    return send("POST", path, body, token, Map.of());
  }

  Reply put(String path, Object body, String token) {
    return send("PUT", path, body, token, Map.of());
  }

  Reply delete(String path, String token) {
    return send("DELETE", path, null, token, Map.of());
  }

  /** Sends a request; {@code headers} are set last, so they may replace the content type or authorization. */
  Reply send(String method, String path, Object body, String token, Map<String, String> headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT).method(method, publisherFor(body));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    headers.forEach(request::setHeader);
    try {
      var response = client.send(request.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Reply(
          response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
    } catch (IOException e) {
      return Reply.noAnswer(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Reply.noAnswer(e);
    }
  }

  private static BodyPublisher publisherFor(Object body) {
    if (body == null) {
      return BodyPublishers.noBody();
    }
    if (body instanceof byte[]) {
      return BodyPublishers.ofByteArray((byte[]) body);
    }
    if (body instanceof String) {
      return BodyPublishers.ofString((String) body, StandardCharsets.UTF_8);
    }
    return BodyPublishers.ofString(toJson(body), StandardCharsets.UTF_8);
  }

  static String toJson(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
