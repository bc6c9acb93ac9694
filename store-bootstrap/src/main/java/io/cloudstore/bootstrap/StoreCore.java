package io.cloudstore.bootstrap;

import io.cloudstore.adapter.out.security.BcryptPasswordHasher;
import io.cloudstore.adapter.out.security.JwtTokenIssuer;
import io.cloudstore.application.CloudStore;
import io.cloudstore.application.cache.CatalogCacheSettings;
import io.cloudstore.application.port.out.persistence.PageCursorCodec;
import io.cloudstore.application.service.StoreSettings;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The use cases on top of storage, built the same way by the server and by the operator commands. */
final class StoreCore {
  static final String TOKEN_ISSUER = "cloud-store";

  private StoreCore() {}

  static CloudStore build(StoreConfig config, StoragePorts ports, byte[] secret, Clock clock) {
    return ports.builder()
        .passwordHasher(new BcryptPasswordHasher(config.bcryptCost()))
        .tokenIssuer(new JwtTokenIssuer(secret, TOKEN_ISSUER, config.jwtTtl(), clock))
        .clock(clock)
        .settings(new StoreSettings(config.currency(), config.taxRate()))
        .catalogCache(CatalogCacheSettings.expiringAfter(config.catalogCacheTtl()))
        .build();
  }

  /** Signs paging cursors with a key of its own, derived from the main secret. */
  static PageCursorCodec cursorCodec(byte[] secret) {
    return new PageCursorCodec(derive(secret, "page-cursors"));
  }

  static byte[] randomSecret() {
    byte[] secret = new byte[48];
    new SecureRandom().nextBytes(secret);
    return secret;
  }

  /** A key for one purpose derived from the main secret, so one secret never signs two kinds of thing. */
  private static byte[] derive(byte[] secret, String purpose) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      return mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }
}
