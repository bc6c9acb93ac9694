package io.cloudstore.domain.user;

import java.util.Objects;

/** A password hash as the hasher produced it; opaque to the domain and never shown to clients. */
public record PasswordHash(String value) {
  public PasswordHash {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("a password hash cannot be blank");
    }
  }

  @Override
  public String toString() {
    return "PasswordHash[redacted]";
  }
}
