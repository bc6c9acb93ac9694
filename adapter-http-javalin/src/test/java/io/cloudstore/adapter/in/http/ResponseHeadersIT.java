package io.cloudstore.adapter.in.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudstore.domain.page.Page;
import io.cloudstore.domain.product.Product;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Security headers, caching, compression, static pages, request ids and CORS. */
class ResponseHeadersIT {
  private static final String CSP =
      "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none';"
          + " base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

  @Nested
  class WithStaticFiles {
    @Test
    void apiResponse_carriesSecurityHeadersAndIsNotCached() {
      try (var api = ApiHarness.start(s -> s.withStaticFiles("test-web"))) {
        when(api.checkHealth.isStorageReachable()).thenReturn(true);

        var response = api.get("/health").send();

        assertSecurityHeaders(response);
        assertThat(response.headers().firstValue("Cache-Control")).contains("no-store");
      }
    }

    @Test
    void errorResponse_carriesSecurityHeaders() {
      try (var api = ApiHarness.start(s -> s.withStaticFiles("test-web"))) {
        var response = api.get("/api/cart").send();

        assertThat(response.statusCode()).isEqualTo(401);
        assertSecurityHeaders(response);
        assertThat(response.headers().firstValue("Cache-Control")).contains("no-store");
      }
    }

    @Test
    void rootPath_servesIndexHtmlWithSecurityHeadersAndShortPublicCaching() {
      try (var api = ApiHarness.start(s -> s.withStaticFiles("test-web"))) {
        var response = api.get("/").send();

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(response.body()).contains("Test shop home");
        assertSecurityHeaders(response);
        assertThat(response.headers().firstValue("Cache-Control")).contains(HttpApi.STATIC_CACHE_CONTROL);
      }
    }

    @Test
    void missingStaticFile_is404ProblemWithSecurityHeaders() {
      try (var api = ApiHarness.start(s -> s.withStaticFiles("test-web"))) {
        var response = api.get("/missing.html").send();

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertSecurityHeaders(response);
      }
    }

    @Test
    void largeStaticFile_isGzippedWhenTheClientAcceptsIt() throws IOException {
      try (var api = ApiHarness.start(s -> s.withStaticFiles("test-web"))) {
        HttpResponse<byte[]> response = api.get("/css/app.css").header("Accept-Encoding", "gzip").sendForBytes();

        assertThat(response.headers().firstValue("Content-Encoding")).contains("gzip");
        assertThat(gunzip(response.body())).contains(".rule-199");
      }
    }
  }

  @Test
  void rootPath_withoutStaticFiles_is404() {
    try (var api = ApiHarness.start()) {
      assertThat(api.get("/").send().statusCode()).isEqualTo(404);
    }
  }

  @Test
  void largeJsonResponse_isGzippedWhenTheClientAcceptsIt() throws IOException {
    try (var api = ApiHarness.start()) {
      List<Product> products =
          IntStream.range(0, 100).mapToObj(i -> TestData.product("p-" + i, "Product " + i, 100 + i, i)).toList();
      when(api.browseCatalog.browse(any())).thenReturn(new Page<>(products, Optional.empty()));

      HttpResponse<byte[]> response = api.get("/api/products?limit=100")
          .header("Accept-Encoding", "gzip").sendForBytes();

      assertThat(response.headers().firstValue("Content-Encoding")).contains("gzip");
      assertThat(new ObjectMapper().readTree(gunzip(response.body())).get("items")).hasSize(100);
    }
  }

  @Test
  void saneRequestId_isEchoed() {
    try (var api = ApiHarness.start()) {
      var response = api.get("/api/nothing").header("X-Request-Id", "abc.DEF_123-x").send();

      assertThat(response.headers().firstValue("X-Request-Id")).contains("abc.DEF_123-x");
    }
  }

  @Test
  void insaneRequestId_isReplacedByANewOne() {
    try (var api = ApiHarness.start()) {
      var response = api.get("/api/nothing").header("X-Request-Id", "<script>" + "x".repeat(80)).send();

      assertThat(response.headers().firstValue("X-Request-Id").orElseThrow())
          .doesNotContain("<script>")
          .matches("[A-Za-z0-9._-]{1,64}");
    }
  }

  @Test
  void cors_offByDefault_sendsNoCorsHeaders() {
    try (var api = ApiHarness.start()) {
      when(api.browseCatalog.browse(any())).thenReturn(Page.last(List.of()));

      var simple = api.get("/api/products").header("Origin", "https://evil.example").send();
      var preflight = preflight(api, "https://evil.example");

      assertThat(simple.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
      assertThat(preflight.statusCode()).isNotEqualTo(204).isGreaterThanOrEqualTo(400);
      assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }
  }

  @Test
  void cors_configuredOrigin_isEchoedExactlyAndNeverAsWildcard() {
    try (var api = ApiHarness.start(s -> s.withCorsOrigins(List.of("https://shop.example.com")))) {
      when(api.browseCatalog.browse(any())).thenReturn(Page.last(List.of()));

      var response = api.get("/api/products").header("Origin", "https://shop.example.com").send();

      assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).contains("https://shop.example.com");
      assertThat(response.headers().allValues("Vary")).anySatisfy(v -> assertThat(v).contains("Origin"));
      assertThat(response.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
    }
  }

  @Test
  void cors_preflightFromConfiguredOrigin_is204WithAllowedMethodsAndHeaders() {
    try (var api = ApiHarness.start(s -> s.withCorsOrigins(List.of("https://shop.example.com")))) {
      var response = preflight(api, "https://shop.example.com");

      assertThat(response.statusCode()).isEqualTo(204);
      assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).contains("https://shop.example.com");
      assertThat(response.headers().firstValue("Access-Control-Allow-Methods").orElseThrow()).contains("PUT");
      assertThat(response.headers().firstValue("Access-Control-Allow-Headers").orElseThrow()).contains("Authorization");
    }
  }

  @Test
  void cors_otherOriginOrLookalike_getsNoCorsHeaders() {
    try (var api = ApiHarness.start(s -> s.withCorsOrigins(List.of("https://shop.example.com")))) {
      when(api.browseCatalog.browse(any())).thenReturn(Page.last(List.of()));

      for (String origin : List.of("https://evil.example", "https://shop.example.com.evil.example",
          "http://shop.example.com", "null")) {
        var response = api.get("/api/products").header("Origin", origin).send();
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).as(origin).isEmpty();
      }
      assertThat(preflight(api, "https://evil.example").statusCode()).isNotEqualTo(204);
    }
  }

  @Test
  void body413_stillCarriesSecurityHeadersAndTheRequestId() {
    try (var api = ApiHarness.start()) {
      byte[] big = new byte[HttpSettings.MAX_BODY_BYTES + 1];
      var response =
          api.method("POST", "/api/auth/login", BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big)))
              .header("Content-Type", "application/json").header("X-Request-Id", "req-413").send();

      assertThat(response.statusCode()).isEqualTo(413);
      assertSecurityHeaders(response);
      assertThat(response.headers().firstValue("X-Request-Id")).contains("req-413");
    }
  }

  private static HttpResponse<String> preflight(ApiHarness api, String origin) {
    return api.method("OPTIONS", "/api/cart", BodyPublishers.noBody())
        .header("Origin", origin)
        .header("Access-Control-Request-Method", "PUT")
        .header("Access-Control-Request-Headers", "authorization, content-type")
        .send();
  }

  private static void assertSecurityHeaders(HttpResponse<?> response) {
    assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    assertThat(response.headers().firstValue("Referrer-Policy")).contains("no-referrer");
    assertThat(response.headers().firstValue("Content-Security-Policy")).contains(CSP);
    assertThat(response.headers().firstValue("X-Frame-Options")).contains("DENY");
  }

  private static String gunzip(byte[] body) throws IOException {
    try (var in = new GZIPInputStream(new ByteArrayInputStream(body))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
