package io.cloudstore.bench.suite;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The steady-rate checkout script (bench/lua/checkout.lua with BENCH_RATE) driven by the real wrk against a
 * server that answers one request at a time and stalls once, as a shop does in a garbage collector's pause:
 * the shoppers who arrive during the stall wait for a free connection before their request is even sent,
 * and their latency, timed from their slot, must include that wait.
 */
class SteadyRateTimingIT {
  private static final int RATE = 400;
  private static final int SECONDS = 5;
  private static final int CONNECTIONS = 8;
  private static final int STALL_MILLIS = 300;
  private static final int STALLING_REQUEST = 2 * RATE;

  private final Object oneAtATime = new Object();
  private int received;
  private Javalin server;

  @BeforeEach
  void start() {
    server = Javalin.create(config -> config.routes.post("/api/orders", this::answer)).start("127.0.0.1", 0);
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  @Test
  void run_serverStallsOnce_timesEachAnswerFromItsSlotIncludingTheWaitForAConnection(@TempDir Path data) throws IOException {
    Files.writeString(data.resolve("shoppers.txt"), "a@bench.test\tpassword-1\ttoken-1\n");
    Files.writeString(data.resolve("products.txt"), "product-1\nproduct-2\n");
    var wrk = new Wrk(Path.of("..", "bench", "lua").toAbsolutePath(), 2);
    Map<String, String> env = Map.of("BENCH_RUN", "it", "BENCH_RATE", Integer.toString(RATE),
        "BENCH_SHOPPERS", data.resolve("shoppers.txt").toString(),
        "BENCH_PRODUCTS", data.resolve("products.txt").toString());

    LoadResult result = wrk.run(new Wrk.Run(
        "checkout.lua", "http://127.0.0.1:" + server.port(), CONNECTIONS, SECONDS, 10, env));

    assertThat(receivedSoFar()).isGreaterThan(STALLING_REQUEST);
    assertThat(result.requestsPerSecond()).isBetween(0.9 * RATE, 1.1 * RATE);
    assertThat(result.timedFromSlot()).isTrue();
    assertThat(result.unstampedAnswers()).isZero();
    // 120 shoppers arrive during the stall, each waiting until it ends: the 20th longest wait of the 2,000
    // (the p99) is about 250 ms, the longest the whole stall.
    assertThat(result.p99Millis()).isBetween(0.6 * STALL_MILLIS, 1.2 * STALL_MILLIS);
    assertThat(result.maxMillis()).isBetween(1.0 * STALL_MILLIS, 1.4 * STALL_MILLIS);
    assertThat(result.p50Millis()).isLessThan(20);
  }

  private void answer(Context ctx) throws InterruptedException {
    synchronized (oneAtATime) {
      if (++received == STALLING_REQUEST) {
        Thread.sleep(STALL_MILLIS);
      }
    }
    String requestId = ctx.header("X-Request-Id");
    if (requestId != null) {
      ctx.header("X-Request-Id", requestId);
    }
    ctx.status(201).json(Map.of("id", "order"));
  }

  private int receivedSoFar() {
    synchronized (oneAtATime) {
      return received;
    }
  }
}
