package io.cloudstore.adapter.out.persistence.dynamodb;

import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primaryPartitionKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primarySortKey;

import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableSchema;

/**
 * Remembers which order a user's checkout with an idempotency key made. Stored in the Orders table with
 * key {@code IDEMPOTENCY#<userId>#<key>} and sort key {@code -}, written in the checkout transaction
 * only if absent. User ids hold no {@code #}, so the key cannot be read two ways.
 */
final class IdempotencyDynamoItem {
  static final String KEY_PREFIX = "IDEMPOTENCY#";
  static final String NO_SORT_KEY = "-";

  String recordId;
  String created;
  String ownerId;
  String idempotencyKey;
  String fingerprint;
  String resultOrderId;

  static final TableSchema<IdempotencyDynamoItem> SCHEMA =
      StaticTableSchema.builder(IdempotencyDynamoItem.class)
          .newItemSupplier(IdempotencyDynamoItem::new)
          .addAttribute(String.class, a -> a.name(OrderDynamoItem.ORDER_ID)
              .getter(i -> i.recordId).setter((i, v) -> i.recordId = v)
              .tags(primaryPartitionKey()))
          .addAttribute(String.class, a -> a.name(OrderDynamoItem.CREATED)
              .getter(i -> i.created).setter((i, v) -> i.created = v)
              .tags(primarySortKey()))
          .addAttribute(String.class, a -> a.name("owner_id")
              .getter(i -> i.ownerId).setter((i, v) -> i.ownerId = v))
          .addAttribute(String.class, a -> a.name("idempotency_key")
              .getter(i -> i.idempotencyKey).setter((i, v) -> i.idempotencyKey = v))
          .addAttribute(String.class, a -> a.name("fingerprint")
              .getter(i -> i.fingerprint).setter((i, v) -> i.fingerprint = v))
          .addAttribute(String.class, a -> a.name("result_order_id")
              .getter(i -> i.resultOrderId).setter((i, v) -> i.resultOrderId = v))
          .build();
}
