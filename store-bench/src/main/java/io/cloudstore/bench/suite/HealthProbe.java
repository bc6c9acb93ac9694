package io.cloudstore.bench.suite;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Waits for a server's first 200 on a health URL, polling every few milliseconds. */
final class HealthProbe {
  private static final long POLL_MILLIS = 5;

  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(1)).build();

  /**
   * Nanoseconds from the process's start to the first 200 on {@code url}.
   *
   * @throws BenchException if the process exits or nothing answers 200 within {@code limit}
   */
  long awaitFirstOk(ManagedProcess process, URI url, Duration limit) {
    long deadline = System.nanoTime() + limit.toNanos();
    HttpRequest request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(2)).GET().build();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new BenchException(process.name() + " exited while starting; its log ends with:\n" + process.logTail(30));
      }
      try {
        HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() == 200) {
          return System.nanoTime() - process.startedAtNanos();
        }
      } catch (IOException notListeningYet) {
        // the port is not open yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new BenchException("interrupted while waiting for " + process.name(), e);
      }
      pause();
    }
    throw new BenchException(
        process.name() + " did not answer 200 on " + url + " within " + limit.toSeconds() + " s; its log ends with:\n"
            + process.logTail(30));
  }

  private static void pause() {
    try {
      Thread.sleep(POLL_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
