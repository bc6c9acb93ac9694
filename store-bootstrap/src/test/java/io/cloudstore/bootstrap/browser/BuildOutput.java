package io.cloudstore.bootstrap.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the browser suite finds the jar and writes logs and screenshots: the module's {@code target}. */
final class BuildOutput {
  private BuildOutput() {}

  /** The shaded jar; Failsafe passes its path as the system property {@code cloudstore.jar}. */
  static Path jar() {
    return Path.of(System.getProperty("cloudstore.jar", "target/cloud-store.jar")).toAbsolutePath();
  }

  /** A folder under {@code target/} (next to the jar), created if needed. */
  static Path directory(String name) {
    Path directory = jar().getParent().resolve(name);
    try {
      return Files.createDirectories(directory);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
