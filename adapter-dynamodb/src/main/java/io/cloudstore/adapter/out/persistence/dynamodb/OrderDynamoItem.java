package io.cloudstore.adapter.out.persistence.dynamodb;

import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primaryPartitionKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primarySortKey;

import java.util.List;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableSchema;

/**
 * An order as stored in the Orders table: key {@code order_id} + {@code created}, where {@code created}
 * is the fixed-width creation instant, {@code #}, and the order id. That value also sorts the
 * {@code user_id-index}, so a user's orders come newest first with ties in a fixed order. Lines keep
 * their own name and unit price; money is minor units in the order's one currency.
 */
final class OrderDynamoItem {
  static final String ORDER_ID = "order_id";
  static final String CREATED = "created";
  static final String USER_ID = "user_id";
  static final String STATUS = "status";
  static final String UPDATED_AT = "updated_at";

  /** GSI: a user's orders by {@code created}. Idempotency records have no {@code user_id}, so they stay out. */
  static final String USER_INDEX = "user_id-index";

  /** One line, as bought. */
  static final class Line {
    String productId;
    String name;
    Long unitPrice;
    Integer quantity;

    static final TableSchema<Line> SCHEMA =
        StaticTableSchema.builder(Line.class)
            .newItemSupplier(Line::new)
            .addAttribute(String.class, a -> a.name("product_id")
                .getter(i -> i.productId).setter((i, v) -> i.productId = v))
            .addAttribute(String.class, a -> a.name("name")
                .getter(i -> i.name).setter((i, v) -> i.name = v))
            .addAttribute(Long.class, a -> a.name("unit_price")
                .getter(i -> i.unitPrice).setter((i, v) -> i.unitPrice = v))
            .addAttribute(Integer.class, a -> a.name("quantity")
                .getter(i -> i.quantity).setter((i, v) -> i.quantity = v))
            .build();
  }

  /** Where the order goes. */
  static final class Address {
    String fullName;
    String line1;
    String line2;
    String city;
    String postalCode;
    String country;
    String phone;

    static final TableSchema<Address> SCHEMA =
        StaticTableSchema.builder(Address.class)
            .newItemSupplier(Address::new)
            .addAttribute(String.class, a -> a.name("full_name")
                .getter(i -> i.fullName).setter((i, v) -> i.fullName = v))
            .addAttribute(String.class, a -> a.name("line1")
                .getter(i -> i.line1).setter((i, v) -> i.line1 = v))
            .addAttribute(String.class, a -> a.name("line2")
                .getter(i -> i.line2).setter((i, v) -> i.line2 = v))
            .addAttribute(String.class, a -> a.name("city")
                .getter(i -> i.city).setter((i, v) -> i.city = v))
            .addAttribute(String.class, a -> a.name("postal_code")
                .getter(i -> i.postalCode).setter((i, v) -> i.postalCode = v))
            .addAttribute(String.class, a -> a.name("country")
                .getter(i -> i.country).setter((i, v) -> i.country = v))
            .addAttribute(String.class, a -> a.name("phone")
                .getter(i -> i.phone).setter((i, v) -> i.phone = v))
            .build();
  }

  String orderId;
  String created;
  String userId;
  String status;
  String currency;
  Long subtotal;
  Long tax;
  List<Line> lines;
  Address shippingAddress;
  String createdAt;
  String updatedAt;

  static final TableSchema<OrderDynamoItem> SCHEMA =
      StaticTableSchema.builder(OrderDynamoItem.class)
          .newItemSupplier(OrderDynamoItem::new)
          .addAttribute(String.class, a -> a.name(ORDER_ID)
              .getter(i -> i.orderId).setter((i, v) -> i.orderId = v)
              .tags(primaryPartitionKey()))
          .addAttribute(String.class, a -> a.name(CREATED)
              .getter(i -> i.created).setter((i, v) -> i.created = v)
              .tags(primarySortKey()))
          .addAttribute(String.class, a -> a.name(USER_ID)
              .getter(i -> i.userId).setter((i, v) -> i.userId = v))
          .addAttribute(String.class, a -> a.name(STATUS)
              .getter(i -> i.status).setter((i, v) -> i.status = v))
          .addAttribute(String.class, a -> a.name("currency")
              .getter(i -> i.currency).setter((i, v) -> i.currency = v))
          .addAttribute(Long.class, a -> a.name("subtotal")
              .getter(i -> i.subtotal).setter((i, v) -> i.subtotal = v))
          .addAttribute(Long.class, a -> a.name("tax")
              .getter(i -> i.tax).setter((i, v) -> i.tax = v))
          .addAttribute(EnhancedType.listOf(EnhancedType.documentOf(Line.class, Line.SCHEMA)),
              a -> a.name("lines").getter(i -> i.lines).setter((i, v) -> i.lines = v))
          .addAttribute(EnhancedType.documentOf(Address.class, Address.SCHEMA),
              a -> a.name("shipping_address")
                  .getter(i -> i.shippingAddress).setter((i, v) -> i.shippingAddress = v))
          .addAttribute(String.class, a -> a.name("created_at")
              .getter(i -> i.createdAt).setter((i, v) -> i.createdAt = v))
          .addAttribute(String.class, a -> a.name(UPDATED_AT)
              .getter(i -> i.updatedAt).setter((i, v) -> i.updatedAt = v))
          .build();
}
