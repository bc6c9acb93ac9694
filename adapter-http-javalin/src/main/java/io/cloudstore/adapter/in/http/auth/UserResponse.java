package io.cloudstore.adapter.in.http.auth;

import io.cloudstore.domain.user.User;

/** A user as clients see them: never with the password hash. */
public record UserResponse(String id, String email, String name, String role) {
  public static UserResponse from(User user) {
    return new UserResponse(user.id().value(), user.email().value(), user.name(), user.role().name());
  }
}
