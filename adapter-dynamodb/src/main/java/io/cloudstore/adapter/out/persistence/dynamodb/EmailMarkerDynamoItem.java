package io.cloudstore.adapter.out.persistence.dynamodb;

import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primaryPartitionKey;

import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableSchema;

/**
 * Claims an email address in the Users table: key {@code EMAIL#<address>}, written in the same
 * transaction as its user and only if absent, which makes addresses unique. It names its owner, so that
 * a lookup by email is two strongly consistent reads instead of an eventually consistent index query.
 */
final class EmailMarkerDynamoItem {
  static final String KEY_PREFIX = "EMAIL#";

  String markerId;
  String ownerId;

  static final TableSchema<EmailMarkerDynamoItem> SCHEMA =
      StaticTableSchema.builder(EmailMarkerDynamoItem.class)
          .newItemSupplier(EmailMarkerDynamoItem::new)
          .addAttribute(String.class, a -> a.name(UserDynamoItem.USER_ID)
              .getter(i -> i.markerId).setter((i, v) -> i.markerId = v)
              .tags(primaryPartitionKey()))
          .addAttribute(String.class, a -> a.name("owner_id")
              .getter(i -> i.ownerId).setter((i, v) -> i.ownerId = v))
          .build();
}
