package io.cloudstore.testsupport;

import io.cloudstore.application.port.out.security.PasswordHasher;
import io.cloudstore.domain.user.PasswordHash;
import io.cloudstore.domain.user.PlainPassword;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * TEST ONLY: a fast salted SHA-256 hasher, so that tests can register hundreds of users quickly. SHA-256
 * is far too fast to protect real passwords; production uses bcrypt.
 */
public final class SaltedSha256PasswordHasher implements PasswordHasher {
  private static final Base64.Encoder ENCODER = Base64.getEncoder();
  private static final Base64.Decoder DECODER = Base64.getDecoder();
  private final SecureRandom random = new SecureRandom();

  @Override
  public PasswordHash hash(PlainPassword password) {
    byte[] salt = new byte[16];
    random.nextBytes(salt);
    byte[] digest = digest(salt, password.value());
    return new PasswordHash(ENCODER.encodeToString(salt) + "$" + ENCODER.encodeToString(digest));
  }

  @Override
  public boolean matches(String typedPassword, PasswordHash hash) {
    String[] parts = hash.value().split("\\$", 2);
    if (parts.length != 2) {
      return false;
    }
    byte[] expected = DECODER.decode(parts[1]);
    return MessageDigest.isEqual(expected, digest(DECODER.decode(parts[0]), typedPassword));
  }

  private static byte[] digest(byte[] salt, String password) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      sha256.update(salt);
      return sha256.digest(password.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
