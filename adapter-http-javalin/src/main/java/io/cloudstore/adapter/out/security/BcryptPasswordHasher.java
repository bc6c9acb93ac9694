package io.cloudstore.adapter.out.security;

import io.cloudstore.application.port.out.security.PasswordHasher;
import io.cloudstore.domain.user.PasswordHash;
import io.cloudstore.domain.user.PlainPassword;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Objects;
import org.mindrot.jbcrypt.BCrypt;

/**
 * Salted bcrypt hashes ({@code $2a$}) with a configurable cost.
 *
 * <p>bcrypt reads at most 72 bytes of a password and would silently ignore the rest; the domain already
 * refuses longer passwords, and this class refuses them again rather than hash or compare a truncated one.
 * Hashes made by other bcrypt libraries as {@code $2b$} or {@code $2y$} are the same algorithm for such
 * passwords and are accepted. A malformed stored hash never matches.
 */
public final class BcryptPasswordHasher implements PasswordHasher {
  public static final int MIN_COST = 4;
  /** jBCrypt 0.4 refuses more than 2^30 rounds (and one such hash would take days anyway). */
  public static final int MAX_COST = 30;

  private final int cost;
  private final SecureRandom random = new SecureRandom();

  /**
   * @param cost the log2 of the number of rounds, {@value #MIN_COST} to {@value #MAX_COST}; 10 is a good
   *     default for interactive log-ins
   */
  public BcryptPasswordHasher(int cost) {
    if (cost < MIN_COST || cost > MAX_COST) {
      throw new IllegalArgumentException(
          "the bcrypt cost must be between " + MIN_COST + " and " + MAX_COST + ", was " + cost);
    }
    this.cost = cost;
  }

  @Override
  public PasswordHash hash(PlainPassword password) {
    Objects.requireNonNull(password, "password");
    if (!fitsBcrypt(password.value())) {
      throw new IllegalArgumentException("a password longer than 72 bytes cannot be hashed with bcrypt");
    }
    return new PasswordHash(BCrypt.hashpw(password.value(), BCrypt.gensalt(cost, random)));
  }

  @Override
  public boolean matches(String typedPassword, PasswordHash hash) {
    if (typedPassword == null || hash == null || !fitsBcrypt(typedPassword)) {
      return false;
    }
    String stored = asJbcryptRevision(hash.value());
    try {
      String recomputed = BCrypt.hashpw(typedPassword, stored);
      return MessageDigest.isEqual(
          recomputed.getBytes(StandardCharsets.UTF_8), stored.getBytes(StandardCharsets.UTF_8));
    } catch (RuntimeException malformedHash) {
      return false;
    }
  }

  private static boolean fitsBcrypt(String password) {
    return password.getBytes(StandardCharsets.UTF_8).length <= PlainPassword.MAX_BYTES;
  }

  /** jBCrypt 0.4 only reads the {@code $2a$} revision label, which means the same as 2b/2y here. */
  private static String asJbcryptRevision(String hash) {
    if (hash.startsWith("$2b$") || hash.startsWith("$2y$")) {
      return "$2a$" + hash.substring(4);
    }
    return hash;
  }
}
