package io.cloudstore.application.port.in.user;

import io.cloudstore.domain.Validation;
import io.cloudstore.domain.user.Email;
import io.cloudstore.domain.user.PlainPassword;
import io.cloudstore.domain.user.User;
import java.util.Objects;

/** A new customer's name, email and chosen password. */
public record RegisterCustomerCommand(String name, Email email, PlainPassword password) {
  public RegisterCustomerCommand {
    name = User.requireName(name);
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(password, "password");
  }

  /** Parses raw input, reporting every invalid field at once. */
  public static RegisterCustomerCommand parse(String name, String email, String password) {
    var v = new Validation();
    String checkedName = v.field("name", () -> User.requireName(name));
    Email checkedEmail = v.field("email", () -> new Email(email));
    PlainPassword checkedPassword = v.field("password", () -> new PlainPassword(password));
    v.throwIfInvalid();
    return new RegisterCustomerCommand(checkedName, checkedEmail, checkedPassword);
  }
}
