package io.cloudstore.adapter.out.persistence.dynamodb;

import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primaryPartitionKey;

import java.util.List;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableSchema;

/** A user's cart as stored in the Cart table: one item per user, its lines as a list of maps. */
final class CartDynamoItem {
  static final String USER_ID = "user_id";

  /** One line: a product and how many. */
  static final class Line {
    String productId;
    Integer quantity;

    static final TableSchema<Line> SCHEMA =
        StaticTableSchema.builder(Line.class)
            .newItemSupplier(Line::new)
            .addAttribute(String.class, a -> a.name("product_id")
                .getter(i -> i.productId).setter((i, v) -> i.productId = v))
            .addAttribute(Integer.class, a -> a.name("quantity")
                .getter(i -> i.quantity).setter((i, v) -> i.quantity = v))
            .build();
  }

  String userId;
  List<Line> lines;
  String updatedAt;

  static final TableSchema<CartDynamoItem> SCHEMA =
      StaticTableSchema.builder(CartDynamoItem.class)
          .newItemSupplier(CartDynamoItem::new)
          .addAttribute(String.class, a -> a.name(USER_ID)
              .getter(i -> i.userId).setter((i, v) -> i.userId = v)
              .tags(primaryPartitionKey()))
          .addAttribute(EnhancedType.listOf(EnhancedType.documentOf(Line.class, Line.SCHEMA)),
              a -> a.name("lines").getter(i -> i.lines).setter((i, v) -> i.lines = v))
          .addAttribute(String.class, a -> a.name("updated_at")
              .getter(i -> i.updatedAt).setter((i, v) -> i.updatedAt = v))
          .build();
}
