package io.cloudstore.adapter.in.http.auth;

import io.cloudstore.application.port.in.user.LogInCommand;

/** {@code POST /api/auth/login}. */
public record LogInRequest(String email, String password) {
  LogInCommand toCommand() {
    return LogInCommand.parse(email, password);
  }

  @Override
  public String toString() {
    return "LogInRequest[" + email + "]";
  }
}
