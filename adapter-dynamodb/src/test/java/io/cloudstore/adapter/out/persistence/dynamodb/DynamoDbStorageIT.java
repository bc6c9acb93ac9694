package io.cloudstore.adapter.out.persistence.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudstore.application.port.out.persistence.ProductSearch;
import io.cloudstore.application.port.out.persistence.StorageUnavailableException;
import io.cloudstore.domain.fixtures.TestIds;
import io.cloudstore.domain.fixtures.TestOrders;
import io.cloudstore.domain.fixtures.TestProducts;
import io.cloudstore.domain.fixtures.TestUsers;
import io.cloudstore.domain.page.PageRequest;
import io.cloudstore.domain.product.Product;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.PointInTimeRecoveryStatus;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

/** Table creation, the health check, and what callers see when DynamoDB cannot be used. */
class DynamoDbStorageIT {

  @Test
  void createMissingTables_createsTheFourTablesWithTheirIndexesOnDemandWithPointInTimeRecovery() {
    DynamoDbSettings settings = DynamoDbTestServer.settingsForNewPrefix("tables");
    TableNames names = TableNames.withPrefix(settings.tablePrefix());
    try (DynamoDbStorage storage = connect(settings); DynamoDbClient client = DynamoDbClientFactory.create(settings, DynamoDbCallListener.NONE)) {
      storage.createMissingTables();

      assertThat(keyOf(describe(client, names.products()))).containsExactly("product_id");
      assertThat(indexKey(describe(client, names.products()), "category-index"))
          .containsExactly("category", "product_id");
      assertThat(keyOf(describe(client, names.users()))).containsExactly("user_id");
      assertThat(indexKey(describe(client, names.users()), "email-index")).containsExactly("email");
      assertThat(keyOf(describe(client, names.orders()))).containsExactly("order_id", "created");
      assertThat(indexKey(describe(client, names.orders()), "user_id-index")).containsExactly("user_id", "created");
      assertThat(keyOf(describe(client, names.carts()))).containsExactly("user_id");
      for (String table : List.of(names.products(), names.users(), names.orders(), names.carts())) {
        assertThat(describe(client, table).billingModeSummary().billingMode())
            .as(table).isEqualTo(BillingMode.PAY_PER_REQUEST);
        assertThat(client.describeContinuousBackups(r -> r.tableName(table)).continuousBackupsDescription()
                .pointInTimeRecoveryDescription().pointInTimeRecoveryStatus())
            .as(table).isEqualTo(PointInTimeRecoveryStatus.ENABLED);
      }
    }
  }

  @Test
  void createMissingTables_calledAgain_keepsTheTablesAndTheirData() {
    try (DynamoDbStorage storage = DynamoDbTestServer.newStorage("again")) {
      Product mug = TestProducts.product();
      storage.products().create(mug);

      storage.createMissingTables();
      storage.createMissingTables();

      assertThat(storage.products().findById(mug.id())).isPresent();
    }
  }

  @Test
  void createMissingTables_tableWithoutItsIndex_addsTheIndex() {
    DynamoDbSettings settings = DynamoDbTestServer.settingsForNewPrefix("index");
    TableNames names = TableNames.withPrefix(settings.tablePrefix());
    try (DynamoDbStorage storage = connect(settings); DynamoDbClient client = DynamoDbClientFactory.create(settings, DynamoDbCallListener.NONE)) {
      client.createTable(r -> r.tableName(names.products())
          .billingMode(BillingMode.PAY_PER_REQUEST)
          .keySchema(KeySchemaElement.builder().attributeName("product_id").keyType(KeyType.HASH).build())
          .attributeDefinitions(
              AttributeDefinition.builder().attributeName("product_id").attributeType(ScalarAttributeType.S).build()));

      storage.createMissingTables();

      assertThat(indexKey(describe(client, names.products()), "category-index"))
          .containsExactly("category", "product_id");
      Product mug = TestProducts.aProduct().withCategory("cat-" + TestIds.productId()).build();
      storage.products().create(mug);
      assertThat(storage.products().search(new ProductSearch(Optional.of(mug.category()), Optional.empty()),
          PageRequest.first(5)).items()).extracting(Product::id).containsExactly(mug.id());
    }
  }

  @Test
  void health_runningServerWithTables_isReachable() {
    try (DynamoDbStorage storage = DynamoDbTestServer.newStorage("health")) {
      assertThat(storage.health().isReachable()).isTrue();
    }
  }

  @Test
  void health_tablesNeverCreated_isNotReachable() {
    try (DynamoDbStorage storage = connect(DynamoDbTestServer.settingsForNewPrefix("no-tables"))) {
      assertThat(storage.health().isReachable()).isFalse();
    }
  }

  @Test
  void health_nothingListening_isNotReachable() {
    try (DynamoDbStorage storage = connect(closedPortSettings())) {
      assertThat(storage.health().isReachable()).isFalse();
    }
  }

  @Test
  void everyRepository_nothingListening_throwsStorageUnavailableWithoutTheSdkMessage() {
    try (DynamoDbStorage storage = connect(closedPortSettings())) {
      Product mug = TestProducts.product();
      List<ThrowingCallable> calls = List.of(
          () -> storage.products().findById(mug.id()),
          () -> storage.products().create(mug),
          () -> storage.products().search(ProductSearch.all(), PageRequest.first(5)),
          () -> storage.products().countByCategory(),
          () -> storage.users().create(TestUsers.customer()),
          () -> storage.users().findByEmail(TestUsers.uniqueEmail()),
          () -> storage.carts().findByUser(TestIds.userId()),
          () -> storage.orders().placeOrder(TestOrders.anOrder().build(), Optional.empty()),
          () -> storage.orders().findByUser(TestIds.userId(), PageRequest.first(5)));
      for (ThrowingCallable call : calls) {
        assertThatThrownBy(call)
            .isInstanceOf(StorageUnavailableException.class)
            .hasMessageStartingWith("DynamoDB could not")
            .hasMessageNotContaining("Connection refused")
            .hasRootCauseInstanceOf(java.net.ConnectException.class);
      }
    }
  }

  @Test
  void repositories_tablesNeverCreated_throwStorageUnavailable() {
    try (DynamoDbStorage storage = connect(DynamoDbTestServer.settingsForNewPrefix("missing"))) {
      assertThatThrownBy(() -> storage.products().findById(TestIds.productId()))
          .isInstanceOf(StorageUnavailableException.class);
      assertThatThrownBy(() -> storage.orders().placeOrder(TestOrders.anOrder().build(), Optional.empty()))
          .isInstanceOf(StorageUnavailableException.class);
    }
  }

  private static DynamoDbStorage connect(DynamoDbSettings settings) {
    return DynamoDbStorage.connect(settings, DynamoDbTestServer.CURSORS, Clock.systemUTC());
  }

  /** An endpoint on a loopback port that was free a moment ago, so that connections are refused. */
  private static DynamoDbSettings closedPortSettings() {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    URI nothingListening = URI.create("http://127.0.0.1:" + port);
    return new DynamoDbSettings(DynamoDbTestServer.REGION, Optional.of(nothingListening), "down-");
  }

  private static TableDescription describe(DynamoDbClient client, String table) {
    return client.describeTable(r -> r.tableName(table)).table();
  }

  private static List<String> keyOf(TableDescription table) {
    return table.keySchema().stream().map(KeySchemaElement::attributeName).toList();
  }

  private static List<String> indexKey(TableDescription table, String indexName) {
    GlobalSecondaryIndexDescription index = table.globalSecondaryIndexes().stream()
        .filter(i -> i.indexName().equals(indexName))
        .findFirst()
        .orElseThrow(() -> new AssertionError(table.tableName() + " has no index " + indexName));
    return index.keySchema().stream().map(KeySchemaElement::attributeName).toList();
  }
}
