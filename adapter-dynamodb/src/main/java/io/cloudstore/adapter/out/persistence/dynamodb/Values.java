package io.cloudstore.adapter.out.persistence.dynamodb;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Short names for the attribute values used in keys and expressions. */
final class Values {
  private Values() {}

  static AttributeValue s(String value) {
    return AttributeValue.fromS(value);
  }

  static AttributeValue n(long value) {
    return AttributeValue.fromN(Long.toString(value));
  }
}
