package io.cloudstore.bench.suite;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The size DynamoDB bills for an item, by the rules of its developer guide ("DynamoDB item sizes and
 * formats"): attribute names and values in UTF-8; a number takes one byte per two significant digits plus
 * one; a list or map 3 bytes plus one byte per element; a boolean or null one byte.
 */
final class ItemSize {
  static final int WRITE_UNIT_BYTES = 1024;

  private ItemSize() {}

  static int of(Map<String, AttributeValue> item) {
    int size = 0;
    for (Map.Entry<String, AttributeValue> attribute : item.entrySet()) {
      size += utf8(attribute.getKey()) + valueSize(attribute.getValue());
    }
    return size;
  }

  /** Write units of a standard write of an item this large; a transactional write costs twice as many. */
  static int writeUnits(int itemBytes) {
    return Math.max(1, (itemBytes + WRITE_UNIT_BYTES - 1) / WRITE_UNIT_BYTES);
  }

  static int numberSize(String number) {
    String digits = new BigDecimal(number).abs().stripTrailingZeros().unscaledValue().toString();
    if (digits.equals("0")) {
      return 2;
    }
    return (digits.length() + 1) / 2 + 1;
  }

  private static int valueSize(AttributeValue value) {
    switch (value.type()) {
      case S:
        return utf8(value.s());
      case N:
        return numberSize(value.n());
      case B:
        return value.b().asByteArray().length;
      case BOOL:
      case NUL:
        return 1;
      case SS:
        return value.ss().stream().mapToInt(ItemSize::utf8).sum();
      case NS:
        return value.ns().stream().mapToInt(ItemSize::numberSize).sum();
      case BS:
        return value.bs().stream().map(SdkBytes::asByteArray).mapToInt(bytes -> bytes.length).sum();
      case L:
        return 3 + value.l().stream().mapToInt(element -> valueSize(element) + 1).sum();
      case M:
        return 3 + value.m().entrySet().stream()
            .mapToInt(entry -> utf8(entry.getKey()) + valueSize(entry.getValue()) + 1)
            .sum();
      default:
        throw new IllegalArgumentException("unknown attribute type " + value.type());
    }
  }

  private static int utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8).length;
  }
}
