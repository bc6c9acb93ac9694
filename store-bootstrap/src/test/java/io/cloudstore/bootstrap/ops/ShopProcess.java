package io.cloudstore.bootstrap.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** The shop started from the jar ({@code serve}) on a free port, its standard output and error in one log. */
public final class ShopProcess implements AutoCloseable {
  private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

  private final Process process;
  private final Path log;
  private final int port;

  private ShopProcess(Process process, Path log, int port) {
    this.process = process;
    this.log = log;
    this.port = port;
  }

  public static ShopProcess start(Map<String, String> env) throws IOException {
    int port = freePort();
    Map<String, String> withPort = new HashMap<>(env);
    withPort.put("PORT", String.valueOf(port));
    Path log = Files.createTempFile("cloud-store-shop", ".log");
    Process process = Jar.builder(withPort).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    ShopProcess shop = new ShopProcess(process, log, port);
    shop.awaitLive();
    return shop;
  }

  HttpJson http() {
    return new HttpJson(port);
  }

  public int port() {
    return port;
  }

  /** The exit code, once {@link #stop()} has returned. */
  public int exitValue() {
    return process.exitValue();
  }

  /** Sends SIGTERM and waits for the process to end; returns everything it logged. */
  public String stop() throws IOException, InterruptedException {
    process.destroy();
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("the shop stops within 30 s of SIGTERM").isTrue();
    return log();
  }

  public String log() throws IOException {
    return Files.readString(log);
  }

  @Override
  public void close() {
    if (process.isAlive()) {
      process.destroyForcibly();
    }
  }

  private void awaitLive() throws IOException {
    Instant deadline = Instant.now().plus(START_TIMEOUT);
    HttpJson http = http();
    while (Instant.now().isBefore(deadline)) {
      assertThat(process.isAlive()).as("the shop process is running; log:%n%s", log()).isTrue();
      try {
        if (http.get("/health/live").statusCode() == 200) {
          return;
        }
      } catch (UncheckedIOException notListeningYet) {
        // the port is not open yet
      }
      try {
        process.onExit().get(100, TimeUnit.MILLISECONDS); // waits a little, or returns at once if it died
      } catch (TimeoutException stillRunning) {
        // poll again
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
    close();
    throw new AssertionError("no 200 from /health/live within " + START_TIMEOUT + "; log:\n" + log());
  }

  public static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
