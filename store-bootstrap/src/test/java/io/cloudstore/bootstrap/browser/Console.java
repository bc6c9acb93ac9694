package io.cloudstore.bootstrap.browser;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Collectors;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * The browser console. SEVERE entries are JavaScript exceptions, {@code console.error}, CSP violations,
 * failed module loads and failed requests; a page that works leaves none. Reading the log empties it, so
 * each check covers what happened since the previous one.
 */
final class Console {
  private final WebDriver driver;
  private final String baseUrl;
  private final List<LogEntry> seen = new ArrayList<>();

  Console(WebDriver driver, String baseUrl) {
    this.driver = driver;
    this.baseUrl = baseUrl;
  }

  /**
   * Fails if the console has a SEVERE entry other than the expected failed requests. Chromium logs every
   * response with a 4xx status as "Failed to load resource", also when the page handles it well (a 404
   * for an unknown order id is a message on the page, not a bug), so a test that provokes such a response
   * on purpose names it here, by exact path and status; nothing else is let through.
   */
  void assertNoErrors(ExpectedFailedRequest... expected) {
    List<LogEntry> unexpected =
        severeEntries().stream()
            .filter(entry -> Arrays.stream(expected).noneMatch(request -> request.matches(entry.getMessage(), baseUrl)))
            .collect(Collectors.toList());
    if (!unexpected.isEmpty()) {
      throw new AssertionError(
          "the browser console has errors (page " + driver.getCurrentUrl() + "):\n" + describe(unexpected));
    }
  }

  /** Everything read so far, for failure reports. */
  String transcript() {
    drain();
    return seen.isEmpty() ? "(empty)" : describe(seen);
  }

  private List<LogEntry> severeEntries() {
    return drain().stream()
        .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
        .collect(Collectors.toList());
  }

  private List<LogEntry> drain() {
    List<LogEntry> fresh = driver.manage().logs().get(LogType.BROWSER).getAll();
    seen.addAll(fresh);
    return fresh;
  }

  private static String describe(List<LogEntry> entries) {
    return entries.stream()
        .map(entry -> "  " + entry.getLevel() + " " + entry.getMessage())
        .collect(Collectors.joining("\n"));
  }

  /** A request the test makes fail on purpose, e.g. {@code POST /api/admin/orders/nope/ship} → 404. */
  record ExpectedFailedRequest(String path, int status) {
    boolean matches(String consoleMessage, String baseUrl) {
      return consoleMessage.startsWith(
          baseUrl + path + " - Failed to load resource: the server responded with a status of " + status + " ");
    }
  }
}
