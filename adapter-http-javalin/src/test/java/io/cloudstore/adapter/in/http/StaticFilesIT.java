package io.cloudstore.adapter.in.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudstore.adapter.in.http.metrics.HttpMetrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shop pages, served from memory by {@link StaticFiles}: here the test class path's {@code test-web}. */
class StaticFilesIT {
  private static final String CSP_START = "default-src 'self'";

  private ApiHarness api;

  @AfterEach
  void stop() {
    if (api != null) {
      api.close();
    }
  }

  @Test
  void rootPath_servesTheDirectorysIndexHtml_withSecurityHeadersRequestIdAndShortPublicCaching() {
    api = ApiHarness.start(s -> s.withStaticFiles("test-web"));

    var root = api.get("/").header("X-Request-Id", "page-1").send();
    var index = api.get("/index.html").send();

    assertThat(root.statusCode()).isEqualTo(200);
    assertThat(root.body()).contains("Test shop home").isEqualTo(index.body());
    assertThat(contentType(root)).isEqualToIgnoringWhitespace("text/html;charset=utf-8");
    assertThat(root.headers().firstValue("Cache-Control")).contains(HttpApi.STATIC_CACHE_CONTROL);
    assertThat(root.headers().firstValue("X-Request-Id")).contains("page-1");
    assertThat(root.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    assertThat(root.headers().firstValue("Content-Security-Policy").orElseThrow()).startsWith(CSP_START);
    assertThat(root.headers().firstValue("ETag").orElseThrow()).matches("W/\"[A-Za-z0-9_-]+\"")
        .isEqualTo(index.headers().firstValue("ETag").orElseThrow());
  }

  @Test
  void eachKindOfFile_hasItsContentType_textWithUtf8() {
    api = ApiHarness.start(s -> s.withStaticFiles("test-web"));

    Map<String, String> expected = Map.of(
        "/css/app.css", "text/css;charset=utf-8",
        "/js/app.js", "text/javascript;charset=utf-8",
        "/images/logo.svg", "image/svg+xml",
        "/images/dot.png", "image/png",
        "/site.webmanifest", "application/manifest+json",
        "/docs/index.html", "text/html;charset=utf-8");

    expected.forEach((path, type) -> {
      var response = api.get(path).send();
      assertThat(response.statusCode()).as(path).isEqualTo(200);
      assertThat(contentType(response)).as(path).isEqualToIgnoringWhitespace(type);
      assertThat(response.headers().firstValue("Cache-Control")).as(path).contains(HttpApi.STATIC_CACHE_CONTROL);
    });
  }

  @Test
  void binaryFile_isServedByteForByte() throws IOException {
    api = ApiHarness.start(s -> s.withStaticFiles("test-web"));

    HttpResponse<byte[]> png = api.get("/images/dot.png").sendForBytes();

    assertThat(png.body()).isEqualTo(testResource("test-web/images/dot.png"));
  }

  @Test
  void ifNoneMatch_withTheCurrentTag_is304WithoutBody_otherwise200() {
    api = ApiHarness.start(s -> s.withStaticFiles("test-web"));
    String etag = api.get("/css/app.css").send().headers().firstValue("ETag").orElseThrow();
    String strongForm = etag.substring(2);

    for (String ifNoneMatch : List.of(etag, strongForm, "\"other\", " + etag, "*")) {
      var response = api.get("/css/app.css").header("If-None-Match", ifNoneMatch).send();
      assertThat(response.statusCode()).as(ifNoneMatch).isEqualTo(304);
      assertThat(response.body()).as(ifNoneMatch).isEmpty();
      assertThat(response.headers().firstValue("ETag")).as(ifNoneMatch).contains(etag);
      assertThat(response.headers().firstValue("Cache-Control")).contains(HttpApi.STATIC_CACHE_CONTROL);
    }
    var changed = api.get("/css/app.css").header("If-None-Match", "W/\"an-older-version\"").send();
    assertThat(changed.statusCode()).isEqualTo(200);
    assertThat(changed.body()).contains(".rule-199");
  }

  @Test
  void differentFiles_haveDifferentTags() {
    api = ApiHarness.start(s -> s.withStaticFiles("test-web"));

    var index = api.get("/index.html").send().headers().firstValue("ETag");
    var docs = api.get("/docs/index.html").send().headers().firstValue("ETag");

    assertThat(index).isNotEqualTo(docs);
  }

  @Test
  void head_answersTheHeadersOfGetWithoutBody() {
    api = ApiHarness.start(s -> s.withStaticFiles("test-web"));

    var get = api.get("/js/app.js").send();
    var head = api.method("HEAD", "/js/app.js", BodyPublishers.noBody()).send();

    assertThat(head.statusCode()).isEqualTo(200);
    assertThat(head.body()).isEmpty();
    assertThat(contentType(head)).isEqualTo(contentType(get));
    assertThat(head.headers().firstValue("ETag")).isEqualTo(get.headers().firstValue("ETag"));
    assertThat(head.headers().firstValue("Cache-Control")).contains(HttpApi.STATIC_CACHE_CONTROL);
  }

  @Test
  void directory_withAnIndexHtml_servesIt_withoutOne_is404() {
    api = ApiHarness.start(s -> s.withStaticFiles("test-web"));

    assertThat(api.get("/docs/").send().body()).contains("Test shop docs");
    assertThat(api.get("/docs").send().body()).contains("Test shop docs");
    for (String directory : List.of("/css/", "/css", "/images/", "/js")) {
      assertNotFoundProblem(api.get(directory).send(), directory);
    }
  }

  @Test
  void unknownFile_isTheApis404Problem_notCached() {
    api = ApiHarness.start(s -> s.withStaticFiles("test-web"));

    for (String path :
        List.of("/missing.html", "/css/missing.css", "/index.html/", "/Index.html", "/test-web/index.html")) {
      var response = api.get(path).send();
      assertNotFoundProblem(response, path);
      assertThat(response.headers().firstValue("Cache-Control")).as(path).contains("no-store");
      assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
    }
  }

  @Test
  void otherMethods_onAFile_areNotServed() {
    api = ApiHarness.start(s -> s.withStaticFiles("test-web"));

    for (String method : List.of("POST", "PUT", "DELETE", "PATCH")) {
      var response = api.method(method, "/index.html", BodyPublishers.noBody()).send();
      assertThat(response.statusCode()).as(method).isEqualTo(404);
      assertThat(response.body()).as(method).doesNotContain("Test shop home");
    }
  }

  @Test
  void traversal_plainOrEncoded_neverLeavesTheDirectory() {
    api = ApiHarness.start(s -> s.withStaticFiles("test-web"));
    // logback-test.xml sits next to test-web/ on the test class path
    List<String> attempts = List.of(
        "/../logback-test.xml", "/css/../../logback-test.xml", "/%2e%2e/logback-test.xml",
        "/%2E%2E/logback-test.xml", "/css/%2e%2e/%2e%2e/logback-test.xml", "/..%2flogback-test.xml",
        "/css/..%2f..%2flogback-test.xml", "/%2e%2e%2flogback-test.xml", "/..\\logback-test.xml",
        "/css/..%5c..%5clogback-test.xml", "/%252e%252e/logback-test.xml", "/./logback-test.xml",
        "//logback-test.xml", "/css/../index.html", "/js%2fapp.js");

    for (String path : attempts) {
      String answer = api.raw("GET " + path + " HTTP/1.1");
      assertThat(answer).as(path).containsPattern("^HTTP/1.1 (400|404) ").doesNotContain("<configuration");
      assertThat(answer).as(path).doesNotContain("Test shop home").doesNotContain("shopName");
    }
  }

  @Test
  void servedFiles_areTimedAsStatic_missesAsNotFound() {
    var registry = new SimpleMeterRegistry();
    api = ApiHarness.start(s -> s.withStaticFiles("test-web").withMeterRegistry(registry));
    String etag = api.get("/").send().headers().firstValue("ETag").orElseThrow();

    api.get("/css/app.css").send();
    api.get("/").header("If-None-Match", etag).send();
    api.get("/missing.html").send();

    assertThat(requests(registry, "STATIC", "2xx")).isEqualTo(2);
    assertThat(requests(registry, "STATIC", "3xx")).isEqualTo(1);
    assertThat(requests(registry, "NOT_FOUND", "4xx")).isEqualTo(1);
  }

  @Test
  void filesInAJar_areServed_onlyFromUnderTheDirectory(@TempDir Path temp) throws IOException {
    Path jar = temp.resolve("pages.jar");
    writeJar(jar, Map.of(
        "site/index.html", "<h1>Jar home</h1>",
        "site/css/a.css", "p { color: red }",
        "site/caf\u00e9 menu.txt", "today: espresso",
        "site/../escape.txt", "escaped",
        "site-private/secret.txt", "secret",
        "other.txt", "other"));

    try (var loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, StaticFilesIT.class.getClassLoader())) {
      api = withContextClassLoader(loader, () -> ApiHarness.start(s -> s.withStaticFiles("site")));

      assertThat(api.get("/").send().body()).isEqualTo("<h1>Jar home</h1>");
      assertThat(contentType(api.get("/css/a.css").send())).isEqualToIgnoringWhitespace("text/css;charset=utf-8");
      assertThat(api.get("/caf%C3%A9%20menu.txt").send().body()).isEqualTo("today: espresso");
      for (String path : List.of("/secret.txt", "/-private/secret.txt", "/../site-private/secret.txt",
          "/other.txt", "/escape.txt", "/site/index.html")) {
        assertThat(api.raw("GET " + path + " HTTP/1.1")).as(path).containsPattern("^HTTP/1.1 (400|404) ");
      }
    }
  }

  @Test
  void firstRequestsArrivingTogether_allGetTheFiles() throws Exception {
    api = ApiHarness.start(s -> s.withStaticFiles("test-web"));
    List<String> paths = List.of("/", "/css/app.css", "/js/app.js", "/images/logo.svg", "/missing.html",
        "/docs/", "/index.html", "/site.webmanifest");

    List<CompletableFuture<Integer>> answers = paths.stream()
        .map(path -> CompletableFuture.supplyAsync(() -> api.get(path).send().statusCode()))
        .toList();

    for (int i = 0; i < paths.size(); i++) {
      int expected = paths.get(i).equals("/missing.html") ? 404 : 200;
      assertThat(answers.get(i).get(30, TimeUnit.SECONDS)).as(paths.get(i)).isEqualTo(expected);
    }
  }

  @Test
  void missingDirectory_failsWhenTheServerIsBuilt() {
    assertThatThrownBy(() -> ApiHarness.start(s -> s.withStaticFiles("no-such-directory")))
        .hasStackTraceContaining("no-such-directory");
  }

  private static void assertNotFoundProblem(HttpResponse<String> response, String path) {
    assertThat(response.statusCode()).as(path).isEqualTo(404);
    assertThat(contentType(response)).as(path).startsWith("application/problem+json");
  }

  private static String contentType(HttpResponse<?> response) {
    return response.headers().firstValue("Content-Type").orElse("");
  }

  private static long requests(SimpleMeterRegistry registry, String uri, String status) {
    var timer = registry.find(HttpMetrics.REQUESTS).tags("uri", uri, "method", "GET", "status", status).timer();
    return timer == null ? 0 : timer.count();
  }

  private static byte[] testResource(String name) throws IOException {
    try (InputStream in = StaticFilesIT.class.getClassLoader().getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return in.readAllBytes();
    }
  }

  private static void writeJar(Path jar, Map<String, String> files) throws IOException {
    try (OutputStream out = Files.newOutputStream(jar); var zip = new JarOutputStream(out)) {
      for (String directory : List.of("site/", "site/css/", "site-private/")) {
        zip.putNextEntry(new JarEntry(directory));
        zip.closeEntry();
      }
      for (var file : files.entrySet()) {
        zip.putNextEntry(new JarEntry(file.getKey()));
        zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
  }

  private static ApiHarness withContextClassLoader(ClassLoader loader, Supplier<ApiHarness> start) {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(loader);
    try {
      return start.get();
    } finally {
      thread.setContextClassLoader(previous);
    }
  }
}
