package io.cloudstore.adapter.out.persistence.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudstore.application.port.out.persistence.PageCursorCodec;
import io.cloudstore.domain.page.InvalidCursorException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class PageCursorsTest {
  private static final Set<String> KEY_NAMES = Set.of("category", "product_id");

  private final PageCursors cursors =
      new PageCursors(new PageCursorCodec("a-test-key-of-enough-bytes".getBytes(StandardCharsets.UTF_8)));
  private final Map<String, AttributeValue> key = key("Tea. & \"Cups\" ☕", "p-1");

  @Test
  void decode_ofAnEncodedPosition_returnsTheSameKey() {
    String cursor = cursors.encode("category", "Tea. & \"Cups\" ☕", key);

    assertThat(cursors.decode(cursor, "category", "Tea. & \"Cups\" ☕", KEY_NAMES)).isEqualTo(key);
  }

  @Test
  void decode_forAnotherList_throwsInvalidCursor() {
    String cursor = cursors.encode("category", "tea", key);

    assertThatThrownBy(() -> cursors.decode(cursor, "orders", "tea", KEY_NAMES))
        .isInstanceOf(InvalidCursorException.class);
  }

  @Test
  void decode_forAnotherPartition_throwsInvalidCursor() {
    String cursor = cursors.encode("orders", "user-1", key);

    assertThatThrownBy(() -> cursors.decode(cursor, "orders", "user-2", KEY_NAMES))
        .isInstanceOf(InvalidCursorException.class);
  }

  @Test
  void decode_withOtherKeyAttributes_throwsInvalidCursor() {
    String cursor = cursors.encode("products", "", Map.of("product_id", Values.s("p-1")));

    assertThatThrownBy(() -> cursors.decode(cursor, "products", "", KEY_NAMES))
        .isInstanceOf(InvalidCursorException.class);
  }

  @Test
  void decode_signedByAnotherKey_throwsInvalidCursor() {
    PageCursors otherStore =
        new PageCursors(new PageCursorCodec("another-key-of-enough-bytes".getBytes(StandardCharsets.UTF_8)));
    String cursor = otherStore.encode("category", "tea", key);

    assertThatThrownBy(() -> cursors.decode(cursor, "category", "tea", KEY_NAMES))
        .isInstanceOf(InvalidCursorException.class);
  }

  @Test
  void encode_numberKey_isRefused() {
    assertThatThrownBy(() -> cursors.encode("products", "", Map.of("n", AttributeValue.fromN("1"))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static Map<String, AttributeValue> key(String category, String productId) {
    Map<String, AttributeValue> key = new LinkedHashMap<>();
    key.put("category", Values.s(category));
    key.put("product_id", Values.s(productId));
    return key;
  }
}
