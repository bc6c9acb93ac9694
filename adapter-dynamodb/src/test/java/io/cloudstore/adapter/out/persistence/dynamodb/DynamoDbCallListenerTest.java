package io.cloudstore.adapter.out.persistence.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.cloudstore.application.port.out.persistence.PageCursorCodec;
import io.cloudstore.application.port.out.persistence.StorageUnavailableException;
import io.cloudstore.domain.product.ProductId;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Retries and throttling reach the listener. A tiny HTTP server on loopback plays a DynamoDB that
 * throttles (no emulator throttles, so this is the one way to see it); the SDK client is the real one.
 */
class DynamoDbCallListenerTest {
  private static final byte[] THROTTLED =
      "{\"__type\":\"com.amazonaws.dynamodb.v20120810#ThrottlingException\",\"message\":\"Rate exceeded\"}"
          .getBytes(StandardCharsets.UTF_8);

  private record Call(String operation, int retries, int throttled) {}

  private final List<Call> calls = new CopyOnWriteArrayList<>();
  private final AtomicInteger requests = new AtomicInteger();
  private HttpServer throttlingDynamoDb;

  @BeforeEach
  void startThrottlingServer() throws IOException {
    throttlingDynamoDb = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    throttlingDynamoDb.createContext("/", exchange -> {
      requests.incrementAndGet();
      exchange.getRequestBody().readAllBytes();
      exchange.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.0");
      exchange.getResponseHeaders().add("x-amzn-ErrorType", "ThrottlingException");
      exchange.sendResponseHeaders(400, THROTTLED.length);
      try (OutputStream body = exchange.getResponseBody()) {
        body.write(THROTTLED);
      }
    });
    throttlingDynamoDb.start();
  }

  @AfterEach
  void stopServer() {
    throttlingDynamoDb.stop(0);
  }

  @Test
  void aCallThrottledOnEveryAttempt_reportsItsRetriesAndThrottledAttempts_andFailsAsUnavailable() {
    URI endpoint = URI.create("http://127.0.0.1:" + throttlingDynamoDb.getAddress().getPort());
    var settings = new DynamoDbSettings("us-east-1", Optional.of(endpoint), "listener-test-");
    var cursors = new PageCursorCodec("listener-test-cursor-key-0123456789".getBytes(StandardCharsets.UTF_8));

    try (DynamoDbStorage storage = DynamoDbStorage.connect(settings, cursors, Clock.systemUTC(),
        (operation, retries, throttled) -> calls.add(new Call(operation, retries, throttled)))) {
      assertThatThrownBy(() -> storage.products().findById(new ProductId("p-1")))
          .isInstanceOf(StorageUnavailableException.class);
    }

    int attempts = requests.get();
    assertThat(attempts).isEqualTo(DynamoDbClientFactory.MAX_ATTEMPTS);
    assertThat(calls).containsExactly(new Call("GetItem", attempts - 1, attempts));
  }
}
