package io.cloudstore.testsupport;

import io.cloudstore.application.port.out.security.TokenIssuer;
import io.cloudstore.domain.user.Principal;
import io.cloudstore.domain.user.Role;
import io.cloudstore.domain.user.UserId;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * TEST ONLY: tokens of the form {@code base64(userId|role).base64(hmac)}, signed with a random key. They
 * prove who the caller is but never expire; production uses signed, expiring JWTs.
 */
public final class HmacTestTokenIssuer implements TokenIssuer {
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
  private final SecretKeySpec key;

  public HmacTestTokenIssuer() {
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    key = new SecretKeySpec(secret, "HmacSHA256");
  }

  @Override
  public String issue(Principal principal) {
    byte[] claims = (principal.userId().value() + "|" + principal.role().name()).getBytes(StandardCharsets.UTF_8);
    return ENCODER.encodeToString(claims) + "." + ENCODER.encodeToString(sign(claims));
  }

  @Override
  public Optional<Principal> verify(String token) {
    try {
      String[] parts = token.split("\\.", 2);
      byte[] claims = DECODER.decode(parts[0]);
      if (parts.length != 2 || !MessageDigest.isEqual(sign(claims), DECODER.decode(parts[1]))) {
        return Optional.empty();
      }
      String[] fields = new String(claims, StandardCharsets.UTF_8).split("\\|", 2);
      return Optional.of(new Principal(new UserId(fields[0]), Role.valueOf(fields[1])));
    } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException malformed) {
      return Optional.empty();
    }
  }

  private byte[] sign(byte[] claims) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return mac.doFinal(claims);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }
}
