package io.cloudstore.bootstrap;

import io.cloudstore.adapter.out.persistence.dynamodb.DynamoDbSettings;
import io.cloudstore.adapter.out.persistence.dynamodb.DynamoDbStorage;
import io.cloudstore.adapter.out.persistence.inmemory.InMemoryStorage;
import io.cloudstore.application.CloudStore;
import io.cloudstore.application.port.out.persistence.PageCursorCodec;
import java.time.Clock;

/** The storage adapter chosen by {@code STORE_STORAGE}, plugged into a {@link CloudStore} builder. */
final class Storage implements AutoCloseable {
  private final CloudStore.Builder wired;
  private final AutoCloseable closer;

  private Storage(CloudStore.Builder wired, AutoCloseable closer) {
    this.wired = wired;
    this.closer = closer;
  }

  static Storage open(StoreConfig config, PageCursorCodec cursors, Clock clock) {
    CloudStore.Builder builder = CloudStore.builder();
    if (config.storage() == StorageKind.MEMORY) {
      var memory = new InMemoryStorage(cursors, clock);
      builder.users(memory.users()).products(memory.products()).carts(memory.carts()).orders(memory.orders())
          .storageHealth(memory.health());
      return new Storage(builder, () -> {});
    }
    var dynamo = DynamoDbStorage.connect(dynamoDbSettings(config), cursors, clock);
    if (config.createTables()) {
      dynamo.createMissingTables();
    }
    builder.users(dynamo.users()).products(dynamo.products()).carts(dynamo.carts()).orders(dynamo.orders())
        .storageHealth(dynamo.health());
    return new Storage(builder, dynamo);
  }

  static DynamoDbSettings dynamoDbSettings(StoreConfig config) {
    return new DynamoDbSettings(config.awsRegion(), config.dynamoDbEndpoint(), config.tablePrefix());
  }

  /** A builder with the storage ports set; the caller adds the rest. */
  CloudStore.Builder builder() {
    return wired;
  }

  @Override
  public void close() throws Exception {
    closer.close();
  }
}
