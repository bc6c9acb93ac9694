package io.cloudstore.adapter.out.persistence.dynamodb;

import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** The shape of the four tables: keys, the one GSI each of three has, on-demand billing. */
final class TableDefinitions {
  /** One table: its name, key, and its GSI if it has one. */
  record Definition(
      String table,
      List<KeySchemaElement> key,
      Optional<GlobalSecondaryIndex> index,
      List<AttributeDefinition> attributes) {
    CreateTableRequest createRequest() {
      CreateTableRequest.Builder request = CreateTableRequest.builder()
          .tableName(table)
          .keySchema(key)
          .attributeDefinitions(attributes)
          .billingMode(BillingMode.PAY_PER_REQUEST);
      index.ifPresent(request::globalSecondaryIndexes);
      return request.build();
    }
  }

  private TableDefinitions() {}

  static List<Definition> all(TableNames names) {
    return List.of(
        new Definition(
            names.products(),
            List.of(hash(ProductDynamoItem.PRODUCT_ID)),
            Optional.of(index(ProductDynamoItem.CATEGORY_INDEX, ProjectionType.ALL,
                hash(ProductDynamoItem.CATEGORY), range(ProductDynamoItem.PRODUCT_ID))),
            List.of(string(ProductDynamoItem.PRODUCT_ID), string(ProductDynamoItem.CATEGORY))),
        new Definition(
            names.users(),
            List.of(hash(UserDynamoItem.USER_ID)),
            // not read by the adapter (lookups by email use the marker items), kept for operators
            Optional.of(index(UserDynamoItem.EMAIL_INDEX, ProjectionType.KEYS_ONLY, hash(UserDynamoItem.EMAIL))),
            List.of(string(UserDynamoItem.USER_ID), string(UserDynamoItem.EMAIL))),
        new Definition(
            names.orders(),
            List.of(hash(OrderDynamoItem.ORDER_ID), range(OrderDynamoItem.CREATED)),
            Optional.of(index(OrderDynamoItem.USER_INDEX, ProjectionType.ALL,
                hash(OrderDynamoItem.USER_ID), range(OrderDynamoItem.CREATED))),
            List.of(
                string(OrderDynamoItem.ORDER_ID), string(OrderDynamoItem.CREATED), string(OrderDynamoItem.USER_ID))),
        new Definition(
            names.carts(),
            List.of(hash(CartDynamoItem.USER_ID)),
            Optional.empty(),
            List.of(string(CartDynamoItem.USER_ID))));
  }

  private static GlobalSecondaryIndex index(String name, ProjectionType projection, KeySchemaElement... key) {
    return GlobalSecondaryIndex.builder()
        .indexName(name)
        .keySchema(key)
        .projection(Projection.builder().projectionType(projection).build())
        .build();
  }

  private static KeySchemaElement hash(String attribute) {
    return KeySchemaElement.builder().attributeName(attribute).keyType(KeyType.HASH).build();
  }

  private static KeySchemaElement range(String attribute) {
    return KeySchemaElement.builder().attributeName(attribute).keyType(KeyType.RANGE).build();
  }

  private static AttributeDefinition string(String attribute) {
    return AttributeDefinition.builder().attributeName(attribute).attributeType(ScalarAttributeType.S).build();
  }
}
