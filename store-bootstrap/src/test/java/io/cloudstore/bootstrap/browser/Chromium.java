package io.cloudstore.bootstrap.browser;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's headless Chromium driven by Debian's chromedriver. Both paths are given explicitly, so Selenium
 * Manager is never run and nothing is downloaded; a missing binary fails the test with a hint.
 */
final class Chromium {
  static final Path BROWSER = Path.of("/usr/bin/chromium");
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");

  private Chromium() {}

  static ChromeDriver start(Viewport viewport, Path profile) {
    requireExecutable(BROWSER, "chromium");
    requireExecutable(DRIVER, "chromium-driver");
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(DRIVER.toFile())
            .usingAnyFreePort()
            .withLogOutput(OutputStream.nullOutputStream())
            .build();
    ChromeDriver driver = new ChromeDriver(service, options(viewport, profile));
    driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", viewport.deviceMetrics());
    return driver;
  }

  private static ChromeOptions options(Viewport viewport, Path profile) {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BROWSER.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
        "--disable-extensions",
        "--disable-default-apps",
        "--disable-domain-reliability",
        "--disable-client-side-phishing-detection",
        "--no-pings",
        // Debian's Chromium still looks up clients2.google.com and preconnects to its default search
        // engine at start; no host name resolves, so nothing leaves the machine (the shop is 127.0.0.1).
        "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
        "--lang=en-US",
        "--window-size=" + viewport.width() + "," + viewport.height(),
        "--user-data-dir=" + profile);
    // Money and dates are formatted with the browser's locale; no preconnects or prefetches.
    options.setExperimentalOption(
        "prefs", Map.of("intl.accept_languages", "en-US", "net.network_prediction_options", 2));
    LoggingPreferences logging = new LoggingPreferences();
    logging.enable(LogType.BROWSER, Level.ALL);
    options.setCapability(ChromeOptions.LOGGING_PREFS, logging);
    // Leave an alert open so a test can see it (the XSS test asserts that none ever opens).
    options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.IGNORE);
    return options;
  }

  private static void requireExecutable(Path binary, String debianPackage) {
    if (!Files.isExecutable(binary)) {
      throw new AssertionError(
          binary + " is missing: the browser tests need Debian's headless Chromium."
              + " Install it with 'apt-get install -y chromium chromium-driver' (package " + debianPackage + ").");
    }
  }
}
