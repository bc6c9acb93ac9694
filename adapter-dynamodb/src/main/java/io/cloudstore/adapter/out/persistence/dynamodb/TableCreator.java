package io.cloudstore.adapter.out.persistence.dynamodb;

import io.cloudstore.application.port.out.persistence.StorageUnavailableException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.waiters.Waiter;
import software.amazon.awssdk.core.waiters.WaiterAcceptor;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableResponse;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexUpdate;
import software.amazon.awssdk.services.dynamodb.model.IndexStatus;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

/**
 * Creates the tables and indexes that are missing, waits until they are ACTIVE, and turns on
 * point-in-time recovery for tables it created. Safe to run again, and by several instances at once.
 */
final class TableCreator {
  private static final Logger LOG = LoggerFactory.getLogger(TableCreator.class);
  /** A new table takes seconds; an index added to a full table is backfilled and can take much longer. */
  private static final Duration MAX_WAIT = Duration.ofMinutes(15);

  private final DynamoDbClient client;
  private final Waiter<DescribeTableResponse> untilUsable =
      Waiter.builder(DescribeTableResponse.class)
          .addAcceptor(WaiterAcceptor.successOnResponseAcceptor(r -> isUsable(r.table())))
          .addAcceptor(WaiterAcceptor.retryOnResponseAcceptor(r -> true))
          // right after CreateTable, DescribeTable may not see the table yet
          .addAcceptor(WaiterAcceptor.retryOnExceptionAcceptor(e -> e instanceof ResourceNotFoundException))
          .overrideConfiguration(o -> o.waitTimeout(MAX_WAIT)
              .maxAttempts(Integer.MAX_VALUE)
              .backoffStrategyV2(BackoffStrategy.fixedDelay(Duration.ofSeconds(2))))
          .build();

  TableCreator(DynamoDbClient client) {
    this.client = client;
  }

  void createMissing(List<TableDefinitions.Definition> definitions) {
    try {
      definitions.forEach(this::ensure);
    } catch (SdkException e) {
      throw new StorageUnavailableException("could not create the DynamoDB tables", e);
    }
  }

  private void ensure(TableDefinitions.Definition definition) {
    Optional<TableDescription> existing = describe(definition.table());
    if (existing.isEmpty()) {
      create(definition);
      return;
    }
    definition.index().ifPresent(index -> {
      if (!hasIndex(existing.get(), index.indexName())) {
        addIndex(definition.table(), definition, index);
      }
    });
    waitUntilUsable(definition.table());
  }

  private void create(TableDefinitions.Definition definition) {
    try {
      client.createTable(definition.createRequest());
      LOG.info("Creating DynamoDB table {}", definition.table());
    } catch (ResourceInUseException createdMeanwhile) {
      LOG.info("DynamoDB table {} is being created by someone else", definition.table());
    }
    waitUntilUsable(definition.table());
    enablePointInTimeRecovery(definition.table());
  }

  private void addIndex(String table, TableDefinitions.Definition definition, GlobalSecondaryIndex index) {
    waitUntilUsable(table); // DynamoDB refuses a second change while the table is updating
    try {
      GlobalSecondaryIndexUpdate create = GlobalSecondaryIndexUpdate.builder()
          .create(c -> c.indexName(index.indexName()).keySchema(index.keySchema()).projection(index.projection()))
          .build();
      client.updateTable(r -> r.tableName(table)
          .attributeDefinitions(definition.attributes())
          .globalSecondaryIndexUpdates(create));
      LOG.info("Adding index {} to DynamoDB table {}", index.indexName(), table);
    } catch (ResourceInUseException addedMeanwhile) {
      LOG.info("Index {} of DynamoDB table {} is being changed by someone else", index.indexName(), table);
    }
    waitUntilUsable(table);
  }

  private void waitUntilUsable(String table) {
    untilUsable.run(() -> client.describeTable(r -> r.tableName(table)))
        .matched()
        .exception()
        .ifPresent(e -> {
          throw new StorageUnavailableException("DynamoDB table " + table + " did not become ACTIVE", e);
        });
  }

  /**
   * Point-in-time recovery keeps 35 days of continuous backups. Emulators may not support it; that is
   * worth a warning, not a failed start.
   */
  private void enablePointInTimeRecovery(String table) {
    try {
      client.updateContinuousBackups(r -> r.tableName(table)
          .pointInTimeRecoverySpecification(p -> p.pointInTimeRecoveryEnabled(true)));
      LOG.info("Point-in-time recovery enabled for DynamoDB table {}", table);
    } catch (SdkException e) {
      LOG.warn("Could not enable point-in-time recovery for DynamoDB table {}; enable it by hand", table, e);
    }
  }

  private Optional<TableDescription> describe(String table) {
    try {
      return Optional.of(client.describeTable(r -> r.tableName(table)).table());
    } catch (ResourceNotFoundException e) {
      return Optional.empty();
    }
  }

  private static boolean hasIndex(TableDescription table, String indexName) {
    return table.hasGlobalSecondaryIndexes()
        && table.globalSecondaryIndexes().stream().anyMatch(i -> i.indexName().equals(indexName));
  }

  private static boolean isUsable(TableDescription table) {
    boolean indexesActive = !table.hasGlobalSecondaryIndexes()
        || table.globalSecondaryIndexes().stream()
            .map(GlobalSecondaryIndexDescription::indexStatus)
            .allMatch(IndexStatus.ACTIVE::equals);
    return table.tableStatus() == TableStatus.ACTIVE && indexesActive;
  }
}
