package io.cloudstore.bootstrap.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The shop as a user gets it: {@code java -jar cloud-store.jar} in its own process, in-memory storage
 * with the demo catalog, on a free port. Its output goes to {@code target/browser-it/<name>-shop.log}.
 */
final class ShopProcess {
  static final String ADMIN_EMAIL = "admin@example.com";
  /** Percent, so that tax and total differ from the subtotal on the pages. */
  static final String TAX_RATE = "8.25";

  private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(20);

  private final Process process;
  private final Path log;
  private final String baseUrl;
  private final String adminPassword;

  private ShopProcess(Process process, Path log, String baseUrl, String adminPassword) {
    this.process = process;
    this.log = log;
    this.baseUrl = baseUrl;
    this.adminPassword = adminPassword;
  }

  /** Starts the jar and returns once {@code /health} answers 200; fails with the shop's log otherwise. */
  static ShopProcess start(String name) {
    Path jar = jar();
    int port = freePort();
    String adminPassword = "admin-" + UUID.randomUUID();
    Path log = BuildOutput.directory("browser-it").resolve(name + "-shop.log");
    ProcessBuilder builder =
        new ProcessBuilder(java(), "-jar", jar.toString())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    Map<String, String> env = builder.environment();
    env.keySet().removeIf(variable -> variable.startsWith("STORE_"));
    env.put("PORT", String.valueOf(port));
    env.put("STORE_BCRYPT_COST", "4");
    env.put("STORE_ADMIN_EMAIL", ADMIN_EMAIL);
    env.put("STORE_ADMIN_PASSWORD", adminPassword);
    env.put("STORE_JWT_SECRET", "browser-it-" + UUID.randomUUID() + UUID.randomUUID());
    env.put("STORE_TAX_RATE", TAX_RATE);
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException("could not run " + java() + " -jar " + jar, e);
    }
    Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
    ShopProcess shop = new ShopProcess(process, log, "http://127.0.0.1:" + port, adminPassword);
    shop.awaitHealthy();
    return shop;
  }

  String baseUrl() {
    return baseUrl;
  }

  String adminPassword() {
    return adminPassword;
  }

  Path log() {
    return log;
  }

  /** The last lines of the shop's log, for failure messages. */
  String logTail(int lines) {
    try {
      List<String> all = Files.readAllLines(log);
      return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    } catch (IOException e) {
      return "(the shop log " + log + " could not be read: " + e + ")";
    }
  }

  void stop() {
    process.destroy();
    try {
      if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  private void awaitHealthy() {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest health =
        HttpRequest.newBuilder(URI.create(baseUrl + "/health")).timeout(Duration.ofSeconds(5)).build();
    Instant deadline = Instant.now().plus(START_TIMEOUT);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new AssertionError(
            "the shop exited with code " + process.exitValue() + " before it was healthy; log:\n" + logTail(80));
      }
      try {
        if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException notListeningYet) {
        // the port is not open yet: poll again
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted while waiting for the shop", e);
      }
      pauseUnlessExited();
    }
    stop();
    throw new AssertionError("no 200 from " + baseUrl + "/health within " + START_TIMEOUT + "; log:\n" + logTail(80));
  }

  /** Waits up to 100 ms for the process to exit, returning at once when it does. */
  private void pauseUnlessExited() {
    try {
      process.onExit().get(100, TimeUnit.MILLISECONDS);
    } catch (TimeoutException stillRunning) {
      // the normal case: poll /health again
    } catch (ExecutionException e) {
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while waiting for the shop", e);
    }
  }

  private static Path jar() {
    Path jar = BuildOutput.jar();
    if (!Files.isRegularFile(jar)) {
      throw new AssertionError(
          "the shaded jar " + jar.toAbsolutePath() + " is missing: build it with 'mvn -B package -DskipTests' first");
    }
    return jar;
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
