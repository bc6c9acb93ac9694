package io.cloudstore.adapter.out.persistence.dynamodb;

import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primaryPartitionKey;

import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableSchema;

/** A user as stored in the Users table. */
final class UserDynamoItem {
  static final String USER_ID = "user_id";
  static final String EMAIL = "email";
  static final String NAME = "name";
  static final String ROLE = "role";
  static final String PASSWORD_HASH = "password_hash";
  static final String VERSION = "version";

  /** GSI on {@code email}; the email markers have no {@code email} attribute, so it holds only users. */
  static final String EMAIL_INDEX = "email-index";

  String userId;
  String email;
  String name;
  String role;
  String passwordHash;
  String createdAt;
  Long version;

  static final TableSchema<UserDynamoItem> SCHEMA =
      StaticTableSchema.builder(UserDynamoItem.class)
          .newItemSupplier(UserDynamoItem::new)
          .addAttribute(String.class, a -> a.name(USER_ID)
              .getter(i -> i.userId).setter((i, v) -> i.userId = v)
              .tags(primaryPartitionKey()))
          .addAttribute(String.class, a -> a.name(EMAIL)
              .getter(i -> i.email).setter((i, v) -> i.email = v))
          .addAttribute(String.class, a -> a.name(NAME)
              .getter(i -> i.name).setter((i, v) -> i.name = v))
          .addAttribute(String.class, a -> a.name(ROLE)
              .getter(i -> i.role).setter((i, v) -> i.role = v))
          .addAttribute(String.class, a -> a.name(PASSWORD_HASH)
              .getter(i -> i.passwordHash).setter((i, v) -> i.passwordHash = v))
          .addAttribute(String.class, a -> a.name("created_at")
              .getter(i -> i.createdAt).setter((i, v) -> i.createdAt = v))
          .addAttribute(Long.class, a -> a.name(VERSION)
              .getter(i -> i.version).setter((i, v) -> i.version = v))
          .build();
}
