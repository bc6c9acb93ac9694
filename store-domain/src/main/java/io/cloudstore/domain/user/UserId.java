package io.cloudstore.domain.user;

import io.cloudstore.domain.Ids;

/** Identifies one user; an opaque string made by the server. */
public record UserId(String value) {
  public UserId {
    Ids.require("userId", value);
  }

  @Override
  public String toString() {
    return value;
  }
}
