package io.cloudstore.bootstrap.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A DynamoDB emulator of this test's own (moto's server, serialised, from {@code scripts/}), on a fixed
 * port so that it can be stopped and started again at the same address. Missing python3 or moto make the
 * test fail, never skip.
 */
final class MotoServer implements AutoCloseable {
  private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

  private final int port;
  private final Path log;
  private Process process;

  MotoServer(int port) throws IOException {
    this.port = port;
    this.log = Files.createTempFile("moto-" + port, ".log");
  }

  String endpoint() {
    return "http://127.0.0.1:" + port;
  }

  void start() throws IOException, InterruptedException {
    process = new ProcessBuilder("python3", script().toString(), String.valueOf(port), "127.0.0.1")
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
        .start();
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    Instant deadline = Instant.now().plus(START_TIMEOUT);
    while (Instant.now().isBefore(deadline)) {
      assertThat(process.isAlive()).as("moto's server is running (needs python3 and moto[server]); its log:%n%s",
          Files.readString(log)).isTrue();
      try {
        http.send(HttpRequest.newBuilder(URI.create(endpoint() + "/moto-api/")).timeout(Duration.ofSeconds(2)).build(),
            HttpResponse.BodyHandlers.discarding());
        return;
      } catch (IOException notYet) {
        try {
          process.onExit().get(200, TimeUnit.MILLISECONDS); // waits a little, or returns at once if it died
        } catch (TimeoutException stillStarting) {
          // poll again
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      }
    }
    throw new AssertionError("moto did not answer within " + START_TIMEOUT + "; log:\n" + Files.readString(log));
  }

  /** Stops the server (SIGTERM) and waits until it is gone; everything it stored is lost. */
  void stop() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(20, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
    }
  }

  @Override
  public void close() throws InterruptedException {
    if (process != null && process.isAlive()) {
      stop();
    }
  }

  /** {@code scripts/moto_serialized.py} of this repository, looked up from the working directory upwards. */
  private static Path script() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path script = dir.resolve("scripts").resolve("moto_serialized.py");
      if (Files.isRegularFile(script)) {
        return script;
      }
    }
    throw new AssertionError("scripts/moto_serialized.py not found above " + Path.of("").toAbsolutePath());
  }
}
