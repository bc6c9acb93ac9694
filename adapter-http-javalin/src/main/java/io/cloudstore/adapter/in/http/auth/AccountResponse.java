package io.cloudstore.adapter.in.http.auth;

import io.cloudstore.domain.user.User;

/** {@code GET /api/auth/verify}: the signed-in user. */
public record AccountResponse(UserResponse user) {
  public static AccountResponse from(User user) {
    return new AccountResponse(UserResponse.from(user));
  }
}
