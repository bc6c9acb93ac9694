package io.cloudstore.adapter.out.persistence.dynamodb;

import io.cloudstore.application.port.out.persistence.PageCursorCodec;
import io.cloudstore.domain.page.InvalidCursorException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Turns a DynamoDB position (the key of the last item a page returned, always string attributes here)
 * into an opaque cursor and back. The position names the list it belongs to ({@code kind}) and the
 * partition it was read from ({@code scope}, such as the category or the user), so that a cursor cannot
 * be replayed against another list; the codec signs it, so that it cannot be edited.
 *
 * <p>Position format before signing: base64url parts joined by {@code .}: kind, scope, then attribute
 * name and value pairs.
 */
final class PageCursors {
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

  private final PageCursorCodec codec;

  PageCursors(PageCursorCodec codec) {
    this.codec = codec;
  }

  String encode(String kind, String scope, Map<String, AttributeValue> key) {
    List<String> parts = new ArrayList<>();
    parts.add(kind);
    parts.add(scope);
    key.forEach((name, value) -> {
      if (value.s() == null) {
        throw new IllegalArgumentException("cursor keys are string attributes; " + name + " is not");
      }
      parts.add(name);
      parts.add(value.s());
    });
    return codec.encode(String.join(".", parts.stream().map(PageCursors::base64).toList()));
  }

  /**
   * @throws InvalidCursorException if the cursor was not made by this store, was changed, or belongs to
   *     another list or partition, or does not hold exactly the {@code keyNames}
   */
  Map<String, AttributeValue> decode(String cursor, String kind, String scope, Set<String> keyNames) {
    String[] parts = codec.decode(cursor).split("\\.", -1);
    if (parts.length != 2 + 2 * keyNames.size()) {
      throw new InvalidCursorException();
    }
    if (!text(parts[0]).equals(kind) || !text(parts[1]).equals(scope)) {
      throw new InvalidCursorException();
    }
    Map<String, AttributeValue> key = new LinkedHashMap<>();
    for (int i = 2; i < parts.length; i += 2) {
      key.put(text(parts[i]), Values.s(text(parts[i + 1])));
    }
    if (!key.keySet().equals(keyNames)) {
      throw new InvalidCursorException();
    }
    return key;
  }

  private static String base64(String text) {
    return ENCODER.encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  private static String text(String base64) {
    try {
      return new String(DECODER.decode(base64), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new InvalidCursorException();
    }
  }
}
