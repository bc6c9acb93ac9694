package io.cloudstore.guarantees;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudstore.adapter.out.faults.FaultPlan;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Hostile input through HTTP that store-bootstrap's API suite does not already send: tokens with other HMAC
 * strengths or an RS256 header made with the shop's secret, key-injection headers, oversized and malformed
 * Authorization headers, more content types, and unicode that is valid (kept exactly) or not (refused).
 * Every answer must be a clean 4xx problem, or a success where the input is valid; never a 5xx.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputIT {
  private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

  private final byte[] secret = ShopUnderTest.newSecret();
  private ShopUnderTest shop;
  private Http http;
  private String customerToken;
  private String customerId;
  private int requests;

  @BeforeAll
  void startShop() {
    shop = ShopUnderTest.inMemory(FaultPlan.none(), secret);
    http = shop.client();
    Reply registered = http.post("/api/auth/register",
        Map.of("name", "Hostile Tester", "email", "hostile@guarantees.example", "password", "hostile password"), null);
    assertThat(registered.status()).as(registered.brief()).isEqualTo(201);
    customerToken = registered.json().path("token").asText();
    customerId = registered.json().path("user").path("id").asText();
  }

  @AfterAll
  void stopShop() {
    System.out.printf("hostile[http]: %d hostile requests sent (each test asserts its own answers)%n", requests);
    shop.close();
  }

  @Test
  void tokensSignedWithTheShopSecretButAnotherAlgorithmOrHeader_areRefusedWith401() {
    Map<String, Object> admin = claims(customerId, "ADMIN");
    List<String> tokens = List.of(
        sign(Map.of("alg", "HS512", "typ", "JWT"), admin, "HmacSHA512"),
        sign(Map.of("alg", "HS384", "typ", "JWT"), admin, "HmacSHA384"),
        // alg confusion: an RS256 header, "verified" with the HMAC secret as if it were a public key
        sign(Map.of("alg", "RS256", "typ", "JWT"), admin, "HmacSHA256"),
        sign(Map.of("alg", "HS256", "typ", "JWT", "zip", "DEF"), admin, "HmacSHA256"),
        sign(Map.of("alg", "none"), admin, "HmacSHA256"),
        sign(Map.of("alg", "HS256", "crit", List.of("exp")), admin, "HmacSHA256"));
    for (String token : tokens) {
      assertProblem(http.post("/api/admin/products", validProduct(), token), 401, "token " + token);
      assertProblem(http.get("/api/auth/verify", token), 401, "token " + token);
    }
  }

  @Test
  void tokensPointingAtAttackerKeys_areRefusedWith401() {
    byte[] attackerKey = "an attacker's key of at least 32 bytes!!".getBytes(StandardCharsets.UTF_8);
    Map<String, Object> admin = claims(customerId, "ADMIN");
    List<Map<String, Object>> headers = List.of(
        Map.of("alg", "HS256", "typ", "JWT", "jku", "http://attacker.example/keys.json"),
        Map.of("alg", "HS256", "typ", "JWT", "kid", "../../../../dev/null"),
        Map.of("alg", "HS256", "typ", "JWT", "jwk", Map.of("kty", "oct", "k", BASE64URL.encodeToString(attackerKey))),
        Map.of("alg", "HS256", "typ", "JWT", "x5u", "http://attacker.example/cert.pem"));
    for (Map<String, Object> header : headers) {
      String token = sign(header, admin, "HmacSHA256", attackerKey);
      assertProblem(http.post("/api/admin/products", validProduct(), token), 401, "header " + header);
    }
  }

  @Test
  void tokensWithTheRightSignatureButBrokenClaims_areRefusedWith401() {
    long now = Instant.now().getEpochSecond();
    List<Map<String, Object>> broken = List.of(
        with(claims(customerId, "CUSTOMER"), "exp", now - 3600),
        with(claims(customerId, "CUSTOMER"), "iss", "someone-else"),
        with(claims(customerId, "CUSTOMER"), "exp", "tomorrow"),
        with(claims(customerId, "CUSTOMER"), "role", "SUPERUSER"),
        with(claims(customerId, "CUSTOMER"), "sub", ""),
        without(claims(customerId, "CUSTOMER"), "exp"),
        without(claims(customerId, "CUSTOMER"), "sub"));
    for (Map<String, Object> claims : broken) {
      String token = sign(Map.of("alg", "HS256", "typ", "JWT"), claims, "HmacSHA256");
      assertProblem(http.get("/api/cart", token), 401, "claims " + claims);
    }
  }

  @Test
  void malformedOrHugeAuthorizationHeaders_areRefusedWith4xxNever5xx() {
    List<String> values = List.of("Bearer", "Bearer ", "Bearer  " + customerToken + "x", "bearer" + customerToken,
        "Basic " + customerToken, "Bearer " + customerToken + "." + customerToken, "Bearer ....",
        "Bearer " + "a".repeat(5000), "Bearer " + "eyJ".repeat(2000) + ".e30.", "Bearer \u00e9\u00e8",
        "Bearer " + customerToken.replace('.', ' '), "Bearer " + "A.B.C.D.E");
    for (String value : values) {
      Reply reply = http.send("GET", "/api/cart", null, null, Map.of("Authorization", value));
      assertProblem(reply, 401, "Authorization: " + abbreviate(value));
    }
    Reply enormous = http.send("GET", "/api/cart", null, null, Map.of("Authorization", "Bearer " + "x".repeat(64_000)));
    requests++;
    assertThat(enormous.status()).as("a 64 KB Authorization header: %s", enormous.brief()).isBetween(400, 499);
  }

  @Test
  void bodiesWithOtherContentTypes_areRefusedWith415AndChangeNothing() {
    List<String> types = List.of("application/xml", "multipart/form-data; boundary=x",
        "application/x-www-form-urlencoded", "text/json;", "application/jsonx", "image/png");
    for (String type : types) {
      Reply reply = http.send("PUT", "/api/cart", "{\"items\":[]}", customerToken, Map.of("Content-Type", type));
      assertThat(reply.status()).as("content type %s: %s", type, reply.brief()).isIn(400, 415);
      assertProblem(reply, reply.status(), "content type " + type);
    }
  }

  @Test
  void deeplyNestedOrOversizedJson_isRefusedWith4xx() {
    String deep = "{\"items\":" + "[".repeat(20_000) + "]".repeat(20_000) + "}";
    Reply deepReply = http.send("PUT", "/api/cart", deep, customerToken, Map.of());
    assertThat(deepReply.status()).as("20 000 nested arrays: %s", deepReply.brief()).isIn(400, 413);
    assertProblem(deepReply, deepReply.status(), "20 000 nested arrays");
    String nested = "{\"items\":" + "[".repeat(2_000) + "]".repeat(2_000) + "}";
    Reply reply = http.send("PUT", "/api/cart", nested, customerToken, Map.of());
    assertThat(reply.status()).as("2 000 nested arrays: %s", reply.brief()).isIn(400, 422);
    assertProblem(reply, reply.status(), "2 000 nested arrays");
    String manyKeys = "{" + "\"k\":1,".repeat(9_000) + "\"items\":[]}";
    Reply keys = http.send("PUT", "/api/cart", manyKeys, customerToken, Map.of());
    assertThat(keys.status()).as("9 000 duplicate keys: %s", keys.brief()).isBetween(200, 499);
  }

  @Test
  void validUnicodeInNamesAndAddresses_isAcceptedAndKeptExactly() {
    List<String> names = List.of("Zoë Ångström", "e\u0301\u0301 combining", "שלום עליכם", "مرحبا بالعالم",
        "\u202eevil\u202c", "🛒 Emoji 👩‍👩‍👧‍👦", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "\u200bzero\u200dwidth", "\ufeffBOM");
    int i = 0;
    for (String name : names) {
      Reply registered = http.post("/api/auth/register",
          Map.of("name", name, "email", "unicode" + i++ + "@guarantees.example", "password", "unicode password"), null);
      requests++;
      assertThat(registered.status()).as("name %s: %s", name, registered.brief()).isEqualTo(201);
      assertThat(registered.json().path("user").path("name").asText()).as("name kept").isEqualTo(name.strip());
    }
    Reply product = http.post("/api/admin/products", validProduct(), shop.adminToken());
    assertThat(product.status()).as(product.brief()).isEqualTo(201);
    Map<String, Object> address = new LinkedHashMap<>(ShopperClient.ADDRESS);
    address.put("fullName", "José 山田 🧾");
    address.put("line1", "ул. Ленина, д. 1 — קומה 2");
    address.put("city", "Zürich");
    Reply order = http.post("/api/orders", Map.of("items",
        List.of(Map.of("productId", product.json().path("id").asText(), "quantity", 1)), "shippingAddress", address),
        customerToken);
    requests++;
    assertThat(order.status()).as(order.brief()).isEqualTo(201);
    assertThat(order.json().path("shippingAddress").path("fullName").asText()).isEqualTo("José 山田 🧾");
    assertThat(order.json().path("shippingAddress").path("line1").asText()).isEqualTo("ул. Ленина, д. 1 — קומה 2");
  }

  @Test
  void controlCharactersInNames_areRefusedWith4xxNever5xx() {
    assertRegistrationRefused(List.of("\\u0000nul", "bell\\u0007", "esc\\u001b[31m", "del\\u007f", "c1\\u0085"));
    byte[] invalidUtf8 = "{\"name\":\"\u00ff\",\"email\":\"bytes@guarantees.example\",\"password\":\"bytes password\"}"
        .getBytes(StandardCharsets.ISO_8859_1);
    Reply bytes = http.send("POST", "/api/auth/register", invalidUtf8, null, Map.of());
    requests++;
    assertThat(bytes.status()).as("invalid UTF-8: %s", bytes.brief()).isBetween(400, 499);
  }

  /** A lone surrogate is not Unicode text: storing it would corrupt it (UTF-8 cannot carry it). */
  @Test
  void loneSurrogatesInNames_areRefusedWith4xxNever5xx() {
    assertRegistrationRefused(List.of("\\ud800", "x\\udfff", "\\udbff\\udbff", "ok\\ud83d", "\\ude00tail"));
  }

  private void assertRegistrationRefused(List<String> rawJsonNames) {
    for (String raw : rawJsonNames) {
      String body = "{\"name\":\"" + raw + "\",\"email\":\"odd" + requests + "@guarantees.example\","
          + "\"password\":\"odd password\"}";
      Reply reply = http.send("POST", "/api/auth/register", body, null, Map.of());
      requests++;
      assertThat(reply.status()).as("name %s: %s", raw, reply.brief()).isBetween(400, 499);
      assertThat(reply.isProblem()).as("problem details for name %s", raw).isTrue();
    }
  }

  private void assertProblem(Reply reply, int status, String what) {
    requests++;
    assertThat(reply.status()).as("%s: %s", abbreviate(what), reply.brief()).isEqualTo(status);
    assertThat(reply.isProblem()).as("%s answers problem details", abbreviate(what)).isTrue();
    assertThat(reply.body()).as("%s leaks nothing", abbreviate(what))
        .doesNotContain("Exception", "io.cloudstore", "io.jsonwebtoken", "\tat ");
  }

  private static Map<String, Object> validProduct() {
    return Map.of("name", "Hostile test product", "description", "x", "category", "hostile", "price", 100,
        "imageUrl", "/images/h.png", "stock", 5);
  }

  private static Map<String, Object> claims(String userId, String role) {
    long now = Instant.now().getEpochSecond();
    Map<String, Object> claims = new LinkedHashMap<>();
    claims.put("sub", userId);
    claims.put("role", role);
    claims.put("iat", now);
    claims.put("exp", now + 3600);
    claims.put("iss", "cloud-store");
    return claims;
  }

  private static Map<String, Object> with(Map<String, Object> claims, String name, Object value) {
    Map<String, Object> changed = new LinkedHashMap<>(claims);
    changed.put(name, value);
    return changed;
  }

  private static Map<String, Object> without(Map<String, Object> claims, String name) {
    Map<String, Object> changed = new LinkedHashMap<>(claims);
    changed.remove(name);
    return changed;
  }

  private String sign(Map<String, Object> header, Map<String, Object> claims, String macAlgorithm) {
    return sign(header, claims, macAlgorithm, secret);
  }

  private static String sign(Map<String, Object> header, Map<String, Object> claims, String macAlgorithm,
      byte[] key) {
    String input = encode(header) + "." + encode(claims);
    try {
      Mac mac = Mac.getInstance(macAlgorithm);
      mac.init(new SecretKeySpec(key, macAlgorithm));
      return input + "." + BASE64URL.encodeToString(mac.doFinal(input.getBytes(StandardCharsets.US_ASCII)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String encode(Map<String, Object> json) {
    return BASE64URL.encodeToString(Http.toJson(json).getBytes(StandardCharsets.UTF_8));
  }

  private static String abbreviate(String text) {
    return text.length() > 120 ? text.substring(0, 120) + "…" : text;
  }
}
