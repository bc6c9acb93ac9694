package io.cloudstore.bootstrap;

import io.cloudstore.application.CloudStore;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The configured storage and the core on top of it, without HTTP or meters: what operator commands use. */
final class OperatorStore implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(OperatorStore.class);

  private final Storage storage;
  private final CloudStore store;

  private OperatorStore(Storage storage, CloudStore store) {
    this.storage = storage;
    this.store = store;
  }

  static OperatorStore open(StoreConfig config, Clock clock) {
    byte[] secret = config.jwtSecret().orElseThrow();
    Storage storage = Storage.open(config, StoreCore.cursorCodec(secret), clock);
    return new OperatorStore(storage, StoreCore.build(config, storage.ports(), secret, clock));
  }

  StoragePorts ports() {
    return storage.ports();
  }

  CloudStore store() {
    return store;
  }

  @Override
  public void close() {
    try {
      storage.close();
    } catch (Exception e) {
      log.warn("Closing storage failed", e);
    }
  }
}
