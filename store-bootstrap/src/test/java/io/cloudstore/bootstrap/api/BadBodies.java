package io.cloudstore.bootstrap.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Makes request bodies that no endpoint may accept, from a valid body and the list of its required
 * fields. Every body is broken on purpose in at least one required field (missing, null, the wrong type,
 * out of range, far too long) or as a whole (random bytes, cut-off JSON, not an object, nested thousands
 * deep), and is often decorated with noise that a server must also survive: unknown fields, unicode edge
 * cases, markup and injection strings. Bodies stay under the 64 KiB limit, which TransportApiTests covers. Values a lenient JSON binder may legitimately coerce (the number
 * 5 for a text field, the text "5" for a number) are never used as the breaking change.
 */
final class BadBodies {
  /** What a required field holds, which decides what is certainly wrong for it. */
  enum Kind { TEXT, SECRET, QUANTITY, PRICE, STOCK, ITEMS, ADDRESS }

  /** A required field, by JSON pointer into the valid body (e.g. {@code /items/0/quantity}). */
  record Field(String pointer, Kind kind) {}

  /** One write endpoint: a body it accepts and the fields that body needs. */
  record Template(ObjectNode validBody, List<Field> required, List<String> optional) {}

  /** One bad body and a short description of how it was broken, for failure messages. */
  record BadBody(byte[] bytes, String description) {}

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  /** JSON string escapes that Jackson would not write itself (lone surrogates, NUL), spliced in as text. */
  private static final List<String> RAW_ESCAPES =
      List.of("\\u0000", "\\ud800", "\\udfff", "abc\\udbff", "\\ud83d\\ude00", "\\u001b[31m", "\\\\\\\"");
  private static final List<String> ODD_TEXTS =
      List.of("\u202eevil\u202c", "\u200b", "e\u0301\u0301\u0301", "\ufeffbom", "\uffff\ufffe", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 🧨",
          "<script>alert(1)</script>", "' OR '1'='1' --", "${jndi:ldap://example.com/a}", "%s%n%x",
          "../../../../etc/passwd", "null", "{\"$gt\": \"\"}", "\r\n\r\nHTTP/1.1 200 OK", "ä".repeat(40));
  /** Marks where raw JSON goes that Jackson cannot or will not write (lone surrogates, nesting past its limit). */
  private static final String RAW_MARK = "@@raw-";

  private final Random random;

  BadBodies(long seed) {
    this.random = new Random(seed);
  }

  BadBody next(Template template) {
    return random.nextInt(4) == 0 ? brokenAsAWhole(template) : brokenInAField(template);
  }

  private BadBody brokenInAField(Template template) {
    ObjectNode body = template.validBody().deepCopy();
    List<String> raw = new ArrayList<>();
    StringBuilder description = new StringBuilder();
    int noise = random.nextInt(3);
    for (int i = 0; i < noise; i++) {
      description.append(addNoise(body, template, raw)).append("; ");
    }
    Field field = template.required().get(random.nextInt(template.required().size()));
    description.append(breakField(body, field, raw));
    String json = ApiClient.toJson(body);
    for (int i = 0; i < raw.size(); i++) {
      json = json.replace("\"" + RAW_MARK + i + "@@\"", raw.get(i));
    }
    return new BadBody(json.getBytes(StandardCharsets.UTF_8), description.toString());
  }

  private static JsonNode rawPlaceholder(List<String> raw, String json) {
    raw.add(json);
    return NODES.textNode(RAW_MARK + (raw.size() - 1) + "@@");
  }

  private String addNoise(ObjectNode body, Template template, List<String> raw) {
    switch (random.nextInt(4)) {
      case 0: {
        String name = pick(List.of("role", "id", "__proto__", "constructor", "$where", "isAdmin", "total", "x"));
        body.set(name, randomValue(2));
        return "unknown field " + name;
      }
      case 1: {
        if (template.optional().isEmpty()) {
          return "no optional field";
        }
        String pointer = pick(template.optional());
        set(body, pointer, randomValue(2));
        return "random " + pointer;
      }
      case 2: {
        Field text = pick(template.required());
        if (text.kind() != Kind.TEXT) {
          return "no change";
        }
        set(body, text.pointer(), NODES.textNode(pick(ODD_TEXTS)));
        return "odd text in " + text.pointer();
      }
      default: {
        Field text = pick(template.required());
        if (text.kind() != Kind.TEXT) {
          return "no change";
        }
        String escape = pick(RAW_ESCAPES);
        set(body, text.pointer(), rawPlaceholder(raw, "\"x" + escape + "\""));
        return "escape " + escape + " in " + text.pointer();
      }
    }
  }

  private String breakField(ObjectNode body, Field field, List<String> raw) {
    int choice = random.nextInt(6);
    if (choice == 0) {
      remove(body, field.pointer());
      return "without " + field.pointer();
    }
    if (choice == 1) {
      int depth = 1_000 + random.nextInt(2_000);
      set(body, field.pointer(), rawPlaceholder(raw, "[".repeat(depth) + "]".repeat(depth)));
      return field.pointer() + " = arrays nested " + depth + " deep";
    }
    JsonNode value = choice == 2 ? NODES.nullNode() : wrongFor(field.kind());
    set(body, field.pointer(), value);
    return field.pointer() + " = " + abbreviate(value.toString());
  }

  private JsonNode wrongFor(Kind kind) {
    switch (kind) {
      case TEXT:
        return pick(List.of(NODES.objectNode().put("value", "x"), array(NODES.textNode("x")),
            NODES.textNode(" ".repeat(1 + random.nextInt(3))), NODES.textNode(longText())));
      case SECRET:
        return pick(List.of(NODES.objectNode(), array(NODES.textNode("secret12")),
            NODES.textNode("p".repeat(73 + random.nextInt(500)))));
      case QUANTITY:
        return pick(List.of(wrongNumber(), NODES.numberNode(0), NODES.numberNode(100), NODES.numberNode(-1),
            NODES.numberNode(Integer.MIN_VALUE)));
      case PRICE:
        return pick(List.of(wrongNumber(), NODES.numberNode(0), NODES.numberNode(-1),
            NODES.numberNode(Long.MIN_VALUE)));
      case STOCK:
        return pick(List.of(wrongNumber(), NODES.numberNode(-1), NODES.numberNode(-1_000_000)));
      case ITEMS:
        return pick(List.of(array(NODES.numberNode(1), NODES.textNode("x")), array(NODES.nullNode()),
            array(array(NODES.objectNode())), NODES.textNode("all of it"), NODES.numberNode(42),
            tooManyItems()));
      case ADDRESS:
        return pick(List.of(NODES.objectNode(), NODES.objectNode().put("street", "somewhere"),
            NODES.textNode("home"), array(NODES.textNode("1 Test Street")), NODES.booleanNode(true)));
      default:
        throw new IllegalArgumentException(kind.toString());
    }
  }

  private JsonNode wrongNumber() {
    return pick(List.of(NODES.textNode("two"), NODES.textNode("1O"), NODES.numberNode(12.5),
        NODES.numberNode(-0.25), NODES.numberNode(new BigInteger("9".repeat(30))), NODES.booleanNode(true),
        NODES.objectNode().put("amount", 1), array(NODES.numberNode(1))));
  }

  private JsonNode tooManyItems() {
    ArrayNode items = NODES.arrayNode();
    for (int i = 0; i < 51; i++) {
      items.addObject().put("productId", "p" + i).put("quantity", 1);
    }
    return items;
  }

  private BadBody brokenAsAWhole(Template template) {
    byte[] valid = ApiClient.toJson(template.validBody()).getBytes(StandardCharsets.UTF_8);
    switch (random.nextInt(6)) {
      case 0: {
        byte[] bytes = new byte[random.nextInt(300)];
        random.nextBytes(bytes);
        return new BadBody(bytes, bytes.length + " random bytes");
      }
      case 1: {
        int cut = 1 + random.nextInt(valid.length - 2);
        return new BadBody(Arrays.copyOf(valid, cut), "JSON cut after " + cut + " bytes");
      }
      case 2: {
        JsonNode value = pick(List.of(NODES.arrayNode(), array(template.validBody()), NODES.textNode("body"),
            NODES.numberNode(1), NODES.booleanNode(false), NODES.nullNode()));
        return new BadBody(ApiClient.toJson(value).getBytes(StandardCharsets.UTF_8), "top level " + value);
      }
      case 3: {
        int depth = 1_000 + random.nextInt(9_000);
        String open = random.nextBoolean() ? "[" : "{\"a\":";
        String close = open.equals("[") ? "]" : "}";
        return new BadBody((open.repeat(depth) + close.repeat(depth)).getBytes(StandardCharsets.UTF_8),
            "nested " + depth + " deep");
      }
      case 4: {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        String json = ApiClient.toJson(template.validBody());
        int quote = json.indexOf(":\"") + 2;
        bytes.write(valid, 0, quote);
        bytes.write(new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xFE}, 0, 4);
        bytes.write(valid, quote, valid.length - quote);
        return new BadBody(bytes.toByteArray(), "invalid UTF-8 in the first text");
      }
      default: {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] broken = "{\"unterminated".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[bom.length + broken.length];
        System.arraycopy(bom, 0, bytes, 0, bom.length);
        System.arraycopy(broken, 0, bytes, bom.length, broken.length);
        return new BadBody(bytes, "byte-order mark and broken JSON");
      }
    }
  }

  private JsonNode randomValue(int depth) {
    int choice = random.nextInt(depth > 0 ? 9 : 7);
    switch (choice) {
      case 0:
        return NODES.nullNode();
      case 1:
        return NODES.booleanNode(random.nextBoolean());
      case 2:
        return NODES.numberNode(random.nextLong());
      case 3:
        return NODES.numberNode(random.nextDouble() * 1e6);
      case 4:
        return NODES.textNode(pick(ODD_TEXTS));
      case 5:
        return NODES.textNode(longText());
      case 6:
        return NODES.textNode("");
      case 7: {
        ArrayNode array = NODES.arrayNode();
        for (int i = random.nextInt(4); i > 0; i--) {
          array.add(randomValue(depth - 1));
        }
        return array;
      }
      default: {
        ObjectNode object = NODES.objectNode();
        for (int i = random.nextInt(4); i > 0; i--) {
          object.set("k" + i, randomValue(depth - 1));
        }
        return object;
      }
    }
  }

  /**
   * Longer than any required text field allows (the longest, a product name, takes 200), yet short enough
   * that the body stays under the 64 KiB limit: bodies over it are the subject of TransportApiTests.
   */
  private String longText() {
    int length = random.nextInt(10) == 0 ? 12_000 : 300 + random.nextInt(3_000);
    StringBuilder text = new StringBuilder(length);
    while (text.length() < length) {
      text.append(pick(List.of("a", "Z", "é", "中", "🧨", " ", "-")));
    }
    return text.toString();
  }

  private static ArrayNode array(JsonNode... elements) {
    ArrayNode array = NODES.arrayNode();
    for (JsonNode element : elements) {
      array.add(element);
    }
    return array;
  }

  private <T> T pick(List<T> options) {
    return options.get(random.nextInt(options.size()));
  }

  private static void set(ObjectNode body, String pointer, JsonNode value) {
    int slash = pointer.lastIndexOf('/');
    JsonNode parent = slash == 0 ? body : body.at(pointer.substring(0, slash));
    String last = pointer.substring(slash + 1);
    if (parent instanceof ObjectNode object) {
      object.set(last, value);
    } else if (parent instanceof ArrayNode array) {
      array.set(Integer.parseInt(last), value);
    }
  }

  private static void remove(ObjectNode body, String pointer) {
    int slash = pointer.lastIndexOf('/');
    JsonNode parent = slash == 0 ? body : body.at(pointer.substring(0, slash));
    String last = pointer.substring(slash + 1);
    if (parent instanceof ObjectNode object) {
      object.remove(last);
    } else if (parent instanceof ArrayNode array) {
      array.remove(Integer.parseInt(last));
    }
  }

  private static String abbreviate(String text) {
    return text.length() > 80 ? text.substring(0, 80) + "…(" + text.length() + " chars)" : text;
  }
}
