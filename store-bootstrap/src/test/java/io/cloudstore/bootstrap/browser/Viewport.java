package io.cloudstore.bootstrap.browser;

import java.util.Map;

/** Window sizes the pages must work at (CSS pixels). */
enum Viewport {
  DESKTOP(1280, 900, false),
  PHONE(360, 780, true);

  private final int width;
  private final int height;
  private final boolean mobile;

  Viewport(int width, int height, boolean mobile) {
    this.width = width;
    this.height = height;
    this.mobile = mobile;
  }

  /**
   * The Chrome DevTools device metrics for this size. A headless window cannot be narrower than 500 px,
   * so the size is emulated; phones get mobile emulation (the page's viewport meta tag, overlay scroll
   * bars), which makes {@code innerWidth} exactly the phone's width.
   */
  Map<String, Object> deviceMetrics() {
    return Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile);
  }

  int width() {
    return width;
  }

  int height() {
    return height;
  }
}
