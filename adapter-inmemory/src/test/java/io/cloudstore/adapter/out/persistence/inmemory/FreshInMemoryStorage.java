package io.cloudstore.adapter.out.persistence.inmemory;

import io.cloudstore.application.port.out.persistence.PageCursorCodec;
import io.cloudstore.application.port.out.persistence.StorageUnderTest;
import io.cloudstore.domain.fixtures.TestTimes;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;

/** A new, empty in-memory store for each contract test; memory is cheap, so no test shares one. */
final class FreshInMemoryStorage {
  static final Clock CLOCK = Clock.fixed(TestTimes.secondsAfterT0(3600), ZoneOffset.UTC);

  private FreshInMemoryStorage() {}

  static StorageUnderTest create() {
    return underTest(storage());
  }

  static InMemoryStorage storage() {
    byte[] cursorKey = "a-test-key-of-enough-bytes".getBytes(StandardCharsets.UTF_8);
    return new InMemoryStorage(new PageCursorCodec(cursorKey), CLOCK);
  }

  static StorageUnderTest underTest(InMemoryStorage storage) {
    return new StorageUnderTest(storage.users(), storage.products(), storage.carts(), storage.orders());
  }
}
