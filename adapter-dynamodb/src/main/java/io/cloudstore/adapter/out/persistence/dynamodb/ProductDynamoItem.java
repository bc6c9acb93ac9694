package io.cloudstore.adapter.out.persistence.dynamodb;

import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primaryPartitionKey;

import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableSchema;

/**
 * A product as stored in the Products table. Money is minor units plus currency code; {@code stock}
 * and {@code version} are changed in place by checkout and cancellation transactions.
 * {@code search_text} is the lower-cased name and description, for the text filter.
 */
final class ProductDynamoItem {
  static final String PRODUCT_ID = "product_id";
  static final String CATEGORY = "category";
  static final String PRICE = "price";
  static final String CURRENCY = "currency";
  static final String STOCK = "stock";
  static final String VERSION = "version";
  static final String UPDATED_AT = "updated_at";
  static final String SEARCH_TEXT = "search_text";

  /** GSI: products of one category, in product-id order (see the README for why not by name). */
  static final String CATEGORY_INDEX = "category-index";

  String productId;
  String name;
  String description;
  String category;
  Long price;
  String currency;
  String imageUrl;
  Integer stock;
  String createdAt;
  String updatedAt;
  Long version;
  String searchText;

  static final TableSchema<ProductDynamoItem> SCHEMA =
      StaticTableSchema.builder(ProductDynamoItem.class)
          .newItemSupplier(ProductDynamoItem::new)
          .addAttribute(String.class, a -> a.name(PRODUCT_ID)
              .getter(i -> i.productId).setter((i, v) -> i.productId = v)
              .tags(primaryPartitionKey()))
          .addAttribute(String.class, a -> a.name("name")
              .getter(i -> i.name).setter((i, v) -> i.name = v))
          .addAttribute(String.class, a -> a.name("description")
              .getter(i -> i.description).setter((i, v) -> i.description = v))
          .addAttribute(String.class, a -> a.name(CATEGORY)
              .getter(i -> i.category).setter((i, v) -> i.category = v))
          .addAttribute(Long.class, a -> a.name(PRICE)
              .getter(i -> i.price).setter((i, v) -> i.price = v))
          .addAttribute(String.class, a -> a.name(CURRENCY)
              .getter(i -> i.currency).setter((i, v) -> i.currency = v))
          .addAttribute(String.class, a -> a.name("image_url")
              .getter(i -> i.imageUrl).setter((i, v) -> i.imageUrl = v))
          .addAttribute(Integer.class, a -> a.name(STOCK)
              .getter(i -> i.stock).setter((i, v) -> i.stock = v))
          .addAttribute(String.class, a -> a.name("created_at")
              .getter(i -> i.createdAt).setter((i, v) -> i.createdAt = v))
          .addAttribute(String.class, a -> a.name(UPDATED_AT)
              .getter(i -> i.updatedAt).setter((i, v) -> i.updatedAt = v))
          .addAttribute(Long.class, a -> a.name(VERSION)
              .getter(i -> i.version).setter((i, v) -> i.version = v))
          .addAttribute(String.class, a -> a.name(SEARCH_TEXT)
              .getter(i -> i.searchText).setter((i, v) -> i.searchText = v))
          .build();
}
