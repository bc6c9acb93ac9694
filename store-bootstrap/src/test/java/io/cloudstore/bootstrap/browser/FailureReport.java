package io.cloudstore.bootstrap.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * When a browser test fails, keeps the evidence: a screenshot, the page's HTML and its console under
 * {@code target/browser-it/failures/}, and attaches the end of the shop's log to the failure.
 */
final class FailureReport implements TestExecutionExceptionHandler {
  private static final int LOG_LINES = 60;

  private final Supplier<ShopProcess> shop;
  private final Supplier<List<Browser>> browsers;

  FailureReport(Supplier<ShopProcess> shop, Supplier<List<Browser>> browsers) {
    this.shop = shop;
    this.browsers = browsers;
  }

  @Override
  public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
    String name = context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName()
        + "-" + Integer.toHexString(context.getUniqueId().hashCode());
    StringBuilder report = new StringBuilder("Evidence of the failed browser test:");
    List<Browser> open = browsers.get();
    for (int i = 0; i < open.size(); i++) {
      report.append(evidence(open.get(i), name + "-browser" + i));
    }
    ShopProcess running = shop.get();
    if (running != null) {
      report.append("\nshop log ").append(running.log()).append(", last lines:\n").append(running.logTail(LOG_LINES));
    }
    failure.addSuppressed(new AssertionError(report.toString()));
    throw failure;
  }

  private static String evidence(Browser browser, String name) {
    Path folder = BuildOutput.directory("browser-it/failures");
    StringBuilder text = new StringBuilder();
    try {
      text.append("\nbrowser at ").append(browser.driver().getCurrentUrl());
      text.append("\nscreenshot ").append(browser.screenshot(folder.resolve(name + ".png")));
      Path html = Files.writeString(folder.resolve(name + ".html"), browser.driver().getPageSource());
      text.append("\npage source ").append(html);
      text.append("\nconsole:\n").append(browser.console().transcript());
    } catch (RuntimeException | IOException e) {
      text.append("\n(could not collect all browser evidence: ").append(e).append(')');
    }
    return text.toString();
  }
}
