package io.cloudstore.adapter.in.http.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonBodiesTest {
  private final JsonBodies bodies = new JsonBodies(JsonMapping.newObjectMapper(), 1024);

  record Item(String productId, Integer quantity) {}

  record Body(String name, Long price, List<Item> items) {}

  @ParameterizedTest
  @ValueSource(strings = {
    "",
    "   ",
    "null",
    "[]",
    "\"text\"",
    "42",
    "{",
    "{\"name\":}",
    "{'name':'single quotes'}",
    "{\"name\":\"a\",}",
    "{\"name\":\"a\"} trailing",
    "{\"name\":\"a\"}{\"name\":\"b\"}",
    "{\"name\":\"a\",\"name\":\"b\"}",
    "{\"name\":1}",
    "{\"name\":true}",
    "{\"name\":{}}",
    "{\"price\":\"12\"}",
    "{\"price\":12.5}",
    "{\"price\":1e3}",
    "{\"price\":true}",
    "{\"price\":\"\"}",
    "{\"price\":123456789012345678901234567890}",
    "{\"price\":NaN}",
    "{\"items\":{}}",
    "{\"items\":\"p-1\"}",
    "{\"items\":[\"p-1\"]}",
    "{\"items\":[{\"quantity\":\"1\"}]}",
    "{\"items\":[{\"quantity\":2147483648}]}",
    "{\"name\":\"a\" /* comment */}",
    "\u0000{}"
  })
  void parse_malformedOrWrongTypedBody_isRejectedWith400(String json) {
    RequestRejectedException rejected =
        catchThrowableOfType(RequestRejectedException.class, () -> bodies.parse(bytes(json), Body.class));

    assertThat(rejected).as(json).isNotNull();
    assertThat(rejected.problem().status()).isEqualTo(400);
    assertThat(rejected.problem().detail()).doesNotContain("com.", "Jackson", "Exception");
  }

  @ParameterizedTest
  @ValueSource(ints = {65, 1_000, 100_000})
  void parse_nestingDeeperThanTheLimit_isRejectedWith400(int depth) {
    String json = "{\"extra\":" + "[".repeat(depth) + "]".repeat(depth) + "}";

    RequestRejectedException rejected =
        catchThrowableOfType(RequestRejectedException.class, () -> bodies.parse(bytes(json), Body.class));

    assertThat(rejected.problem().status()).isEqualTo(400);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "{}",
    "{\"unknown\":{\"nested\":[1,2,3]},\"name\":\"a\"}",
    "{\"name\":null,\"price\":null,\"items\":null}",
    "{\"items\":[null,{\"productId\":\"p-1\",\"quantity\":2}]}",
    "  {\"price\":12}  \n"
  })
  void parse_wellFormedObject_isRead(String json) {
    assertThat(bodies.parse(bytes(json), Body.class)).isNotNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"application/json", "application/json; charset=utf-8", "Application/JSON;Charset=\"UTF-8\"",
    "application/problem+json", "application/merge-patch+json"})
  void isJson_jsonMediaTypes_areAccepted(String contentType) {
    assertThat(JsonBodies.isJson(contentType)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
    "application/json; charset=iso-8859-1", "application/jsonp", "text/json", ""})
  void isJson_otherMediaTypes_areRefused(String contentType) {
    assertThat(JsonBodies.isJson(contentType)).isFalse();
  }

  private static byte[] bytes(String json) {
    return json.getBytes(StandardCharsets.UTF_8);
  }
}
