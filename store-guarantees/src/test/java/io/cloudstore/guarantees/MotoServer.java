package io.cloudstore.guarantees;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A private moto server (the repository's serialised one, {@code scripts/moto_serialized.py}) that a test
 * may stop and start again on the same port, to play a DynamoDB outage. moto keeps its data in memory: a
 * restarted server is empty.
 */
final class MotoServer implements AutoCloseable {
  private static final long START_TIMEOUT_SECONDS = 60;

  private final int port;
  private Process process;

  private MotoServer(int port) {
    this.port = port;
  }

  static MotoServer startOnFreePort() {
    MotoServer moto = new MotoServer(freePort());
    moto.start();
    return moto;
  }

  URI endpoint() {
    return URI.create("http://127.0.0.1:" + port);
  }

  /** Starts the server and returns once it says it is serving. */
  synchronized void start() {
    if (process != null && process.isAlive()) {
      throw new IllegalStateException("moto is running already");
    }
    try {
      process = new ProcessBuilder("python3", script().toString(), Integer.toString(port), "127.0.0.1")
          .redirectErrorStream(true)
          .start();
    } catch (IOException e) {
      throw new UncheckedIOException("could not start moto (python3 with moto[server] is needed)", e);
    }
    Process started = process;
    CompletableFuture<Boolean> serving = CompletableFuture.supplyAsync(() -> waitUntilServing(started));
    try {
      if (!serving.get(START_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        throw new IllegalStateException("moto exited while starting on port " + port);
      }
    } catch (Exception e) {
      started.destroyForcibly();
      throw new IllegalStateException("moto did not start on port " + port, e);
    }
  }

  /** Kills the server at once, as a crash would: no request in flight gets an answer. */
  synchronized void kill() {
    if (process != null) {
      process.destroyForcibly();
      try {
        process.waitFor(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Override
  public void close() {
    kill();
  }

  /** Reads moto's output until werkzeug announces "Running on"; keeps draining it afterwards. */
  private static boolean waitUntilServing(Process process) {
    var lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    try {
      String line;
      while ((line = lines.readLine()) != null) {
        if (line.contains("Running on")) {
          Thread drain = new Thread(() -> drain(lines), "moto-output");
          drain.setDaemon(true);
          drain.start();
          return true;
        }
      }
      return false;
    } catch (IOException e) {
      return false;
    }
  }

  private static void drain(BufferedReader lines) {
    try {
      while (lines.readLine() != null) {
        // moto logs every request; nobody needs them
      }
    } catch (IOException e) {
      // the process is gone
    }
  }

  private static Path script() {
    String repo = System.getProperty("guarantees.repo", "");
    Path start = repo.isBlank() ? Paths.get("").toAbsolutePath() : Paths.get(repo);
    for (Path dir = start; dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("scripts/moto_serialized.py");
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException("scripts/moto_serialized.py not found above " + start);
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
