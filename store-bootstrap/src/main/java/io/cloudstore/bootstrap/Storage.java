package io.cloudstore.bootstrap;

import io.cloudstore.adapter.out.persistence.dynamodb.DynamoDbCallListener;
import io.cloudstore.adapter.out.persistence.dynamodb.DynamoDbSettings;
import io.cloudstore.adapter.out.persistence.dynamodb.DynamoDbStorage;
import io.cloudstore.adapter.out.persistence.inmemory.InMemoryStorage;
import io.cloudstore.application.CloudStore;
import io.cloudstore.application.port.out.persistence.PageCursorCodec;
import java.time.Clock;

/** The storage adapter chosen by {@code STORE_STORAGE}, and how to release it. */
final class Storage implements AutoCloseable {
  private final StoragePorts ports;
  private final AutoCloseable closer;

  private Storage(StoragePorts ports, AutoCloseable closer) {
    this.ports = ports;
    this.closer = closer;
  }

  static Storage open(StoreConfig config, PageCursorCodec cursors, Clock clock) {
    return open(config, cursors, clock, DynamoDbCallListener.NONE);
  }

  /** @param dynamoDbCalls told about the SDK's retries and throttled attempts (DynamoDB only) */
  static Storage open(StoreConfig config, PageCursorCodec cursors, Clock clock, DynamoDbCallListener dynamoDbCalls) {
    if (config.storage() == StorageKind.MEMORY) {
      var memory = new InMemoryStorage(cursors, clock);
      return new Storage(
          new StoragePorts(memory.users(), memory.products(), memory.carts(), memory.orders(), memory.health()),
          () -> {});
    }
    var dynamo = DynamoDbStorage.connect(dynamoDbSettings(config), cursors, clock, dynamoDbCalls);
    try {
      if (config.createTables()) {
        dynamo.createMissingTables();
      }
    } catch (RuntimeException e) {
      dynamo.close();
      throw e;
    }
    return new Storage(
        new StoragePorts(dynamo.users(), dynamo.products(), dynamo.carts(), dynamo.orders(), dynamo.health()),
        dynamo);
  }

  static DynamoDbSettings dynamoDbSettings(StoreConfig config) {
    return new DynamoDbSettings(config.awsRegion(), config.dynamoDbEndpoint(), config.tablePrefix());
  }

  StoragePorts ports() {
    return ports;
  }

  /** A builder with the storage ports set; the caller adds the rest. */
  CloudStore.Builder builder() {
    return ports.builder();
  }

  @Override
  public void close() throws Exception {
    closer.close();
  }
}
