package io.cloudstore.bootstrap.browser;

import io.cloudstore.bootstrap.browser.ShopApi.Session;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium with a fresh profile, pointed at one shop. Finds elements by {@code data-testid}
 * (see web/TESTING.md, beside the module, not served) and waits for conditions, never for time.
 */
final class Browser implements AutoCloseable {
  private static final Duration WAIT = Duration.ofSeconds(10);
  private static final Duration POLL = Duration.ofMillis(50);

  private final ChromeDriver driver;
  private final Path profile;
  private final String baseUrl;
  private final Console console;

  private Browser(ChromeDriver driver, Path profile, String baseUrl) {
    this.driver = driver;
    this.profile = profile;
    this.baseUrl = baseUrl;
    this.console = new Console(driver, baseUrl);
  }

  static Browser open(String baseUrl, Viewport viewport) {
    Path profile;
    try {
      profile = Files.createTempDirectory("cloud-store-chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      return new Browser(Chromium.start(viewport, profile), profile, baseUrl);
    } catch (RuntimeException | AssertionError e) {
      deleteRecursively(profile);
      throw e;
    }
  }

  static By testId(String testId) {
    return By.cssSelector("[data-testid=\"" + testId + "\"]");
  }

  WebDriver driver() {
    return driver;
  }

  Console console() {
    return console;
  }

  /**
   * Opens a page of the shop after checking the console of the page before; returns once the page's
   * script has run (the header it renders is there).
   */
  void visit(String pathAndQuery) {
    console.assertNoErrors();
    driver.get(baseUrl + pathAndQuery);
    awaitScript();
  }

  /** Waits until the page's module has rendered the site header (every page does that first). */
  void awaitScript() {
    waitUntil(ExpectedConditions.presenceOfElementLocated(testId("brand")), "the page script renders the header");
  }

  String path() {
    return URI.create(driver.getCurrentUrl()).getPath();
  }

  String query() {
    String query = URI.create(driver.getCurrentUrl()).getRawQuery();
    return query == null ? "" : query;
  }

  /** Waits for the first visible element with this test id. */
  WebElement element(String testId) {
    return waitUntil(
        ExpectedConditions.visibilityOfElementLocated(testId(testId)), "[data-testid=" + testId + "] visible");
  }

  /** Waits for a visible element with this test id inside {@code scope}. */
  WebElement element(WebElement scope, String testId) {
    return waitUntil(
        driver -> {
          WebElement found = scope.findElement(testId(testId));
          return found.isDisplayed() ? found : null;
        },
        "[data-testid=" + testId + "] visible inside " + scope.getDomAttribute("data-testid"));
  }

  /** The elements with this test id right now (no waiting). */
  List<WebElement> elements(String testId) {
    return driver.findElements(testId(testId));
  }

  boolean isShown(String testId) {
    return elements(testId).stream().anyMatch(WebElement::isDisplayed);
  }

  void click(String testId) {
    waitUntil(ExpectedConditions.elementToBeClickable(testId(testId)), "[data-testid=" + testId + "] clickable")
        .click();
  }

  void type(String testId, String text) {
    WebElement input = element(testId);
    input.clear();
    input.sendKeys(text);
  }

  <T> T waitUntil(Function<? super WebDriver, T> condition, String description) {
    return new WebDriverWait(driver, WAIT, POLL)
        .ignoring(StaleElementReferenceException.class)
        .ignoring(NoSuchElementException.class)
        .withMessage(description)
        .until(condition);
  }

  /** Retries an assertion until it passes; after the wait, fails with the assertion's own message. */
  void eventually(Runnable assertion) {
    try {
      new WebDriverWait(driver, WAIT, POLL)
          .ignoring(AssertionError.class)
          .ignoring(StaleElementReferenceException.class)
          .ignoring(NoSuchElementException.class)
          .until(driver -> {
            assertion.run();
            return true;
          });
    } catch (TimeoutException timeout) {
      if (timeout.getCause() instanceof AssertionError) {
        AssertionError last = (AssertionError) timeout.getCause();
        last.addSuppressed(timeout);
        throw last;
      }
      throw timeout;
    }
  }

  void waitForPath(String path) {
    waitUntil(
        driver -> path.equals(path()), "the browser arrives at " + path + " (now at " + driver.getCurrentUrl() + ")");
  }

  Object script(String javascript, Object... arguments) {
    return ((JavascriptExecutor) driver).executeScript(javascript, arguments);
  }

  String localStorage(String key) {
    return (String) script("return window.localStorage.getItem(arguments[0]);", key);
  }

  /**
   * Signs in as the pages do after a login: the token and the cached user in localStorage. Opens the log-in
   * page first when the browser is not on the shop's origin yet (a page, not a bare file: for an image or
   * JSON document Chromium asks for /favicon.ico, which the shop does not have).
   */
  void signIn(Session session) {
    if (!driver.getCurrentUrl().startsWith(baseUrl)) {
      visit("/auth.html");
    }
    script(
        "window.localStorage.setItem('cloudstore.token', arguments[0]);"
            + "window.localStorage.setItem('cloudstore.user', arguments[1]);",
        session.token(),
        session.userJson());
  }

  /** Saves the whole page (not only the viewport) as a PNG. */
  Path screenshot(Path file) {
    // Lazy images below the fold would be blank in a full-page capture.
    script("document.querySelectorAll('img[loading=lazy]').forEach(image => { image.loading = 'eager'; });");
    waitUntil(
        driver -> (Boolean) script("return Array.from(document.images).every(image => image.complete);"),
        "every image on the page has loaded");
    @SuppressWarnings("unchecked")
    Map<String, Object> size =
        (Map<String, Object>) driver.executeCdpCommand("Page.getLayoutMetrics", Map.of()).get("cssContentSize");
    Map<String, Object> clip =
        Map.of("x", 0, "y", 0, "width", size.get("width"), "height", size.get("height"), "scale", 1);
    Map<String, Object> shot =
        driver.executeCdpCommand(
            "Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
    try {
      Files.createDirectories(file.getParent());
      return Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      deleteRecursively(profile);
    }
  }

  private static void deleteRecursively(Path profile) {
    try (Stream<Path> files = Files.walk(profile)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      // a leftover temp folder is harmless
    }
  }
}
