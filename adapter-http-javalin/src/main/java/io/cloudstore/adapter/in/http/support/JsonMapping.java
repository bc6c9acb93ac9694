package io.cloudstore.adapter.in.http.support;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;

/**
 * The one Jackson configuration of the API.
 *
 * <p>Reading is strict about shape and types and lenient about extra fields: unknown fields are ignored
 * (so clients may send more than this version reads, and a client-sent price or total is simply never
 * read), but a value of the wrong type is an error, never coerced: no numbers or booleans for strings, no
 * strings or fractions for integers. Duplicate keys, trailing content after the JSON value and nesting
 * deeper than {@value #MAX_NESTING_DEPTH} levels are refused, the last before it can exhaust the stack.
 */
public final class JsonMapping {
  public static final int MAX_NESTING_DEPTH = 64;
  static final int MAX_NUMBER_LENGTH = 50;
  static final int MAX_NAME_LENGTH = 1_000;

  private JsonMapping() {}

  public static ObjectMapper newObjectMapper() {
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_NESTING_DEPTH)
                    .maxNumberLength(MAX_NUMBER_LENGTH)
                    .maxNameLength(MAX_NAME_LENGTH)
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    ObjectMapper mapper =
        JsonMapper.builder(factory)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .build();
    refuseCoercion(mapper, LogicalType.Textual,
        CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean);
    refuseCoercion(mapper, LogicalType.Integer,
        CoercionInputShape.Float, CoercionInputShape.String, CoercionInputShape.Boolean,
        CoercionInputShape.EmptyString);
    refuseCoercion(mapper, LogicalType.Collection,
        CoercionInputShape.EmptyString, CoercionInputShape.String);
    refuseCoercion(mapper, LogicalType.POJO,
        CoercionInputShape.EmptyString, CoercionInputShape.String, CoercionInputShape.Integer);
    return mapper;
  }

  private static void refuseCoercion(ObjectMapper mapper, LogicalType type, CoercionInputShape... shapes) {
    for (CoercionInputShape shape : shapes) {
      mapper.coercionConfigFor(type).setCoercion(shape, CoercionAction.Fail);
    }
  }
}
