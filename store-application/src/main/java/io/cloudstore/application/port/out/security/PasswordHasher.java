package io.cloudstore.application.port.out.security;

import io.cloudstore.domain.user.PasswordHash;
import io.cloudstore.domain.user.PlainPassword;

/** Hashes passwords with a slow, salted algorithm and checks them. */
public interface PasswordHasher {
  PasswordHash hash(PlainPassword password);

  /**
   * Whether {@code typedPassword} is the password {@code hash} was made from; takes as long either way.
   * Takes the password as typed, because stored hashes may predate today's password rules.
   */
  boolean matches(String typedPassword, PasswordHash hash);
}
