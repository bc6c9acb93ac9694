package io.cloudstore.adapter.in.http.auth;

import io.cloudstore.application.port.in.user.RegisterCustomerCommand;

/** {@code POST /api/auth/register}. */
public record RegisterRequest(String name, String email, String password) {
  RegisterCustomerCommand toCommand() {
    return RegisterCustomerCommand.parse(name, email, password);
  }

  @Override
  public String toString() {
    return "RegisterRequest[" + email + "]";
  }
}
