package io.cloudstore.testsupport;

import io.cloudstore.adapter.out.persistence.inmemory.InMemoryStorage;
import io.cloudstore.application.CloudStore;
import io.cloudstore.application.port.out.persistence.PageCursorCodec;
import io.cloudstore.application.service.StoreSettings;
import java.security.SecureRandom;
import java.time.Clock;

/** TEST ONLY: a whole {@link CloudStore} on in-memory storage, with the test doubles for security. */
public final class InMemoryCloudStores {
  private InMemoryCloudStores() {}

  public static CloudStore create(StoreSettings settings, Clock clock) {
    InMemoryStorage memory = new InMemoryStorage(new PageCursorCodec(randomKey()), clock);
    return CloudStore.builder()
        .users(memory.users())
        .products(memory.products())
        .carts(memory.carts())
        .orders(memory.orders())
        .storageHealth(memory.health())
        .passwordHasher(new SaltedSha256PasswordHasher())
        .tokenIssuer(new HmacTestTokenIssuer())
        .settings(settings)
        .clock(clock)
        .build();
  }

  public static byte[] randomKey() {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    return key;
  }
}
