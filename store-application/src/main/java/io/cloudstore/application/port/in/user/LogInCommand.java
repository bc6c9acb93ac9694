package io.cloudstore.application.port.in.user;

import io.cloudstore.domain.Validation;
import io.cloudstore.domain.user.Email;
import io.cloudstore.domain.user.PlainPassword;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * An email and the password typed for it. The password is not checked against the registration rules
 * (so that a rule change never locks anyone out) except for bcrypt's 72-byte limit.
 */
public record LogInCommand(Email email, String password) {
  public LogInCommand {
    Objects.requireNonNull(email, "email");
    var v = new Validation();
    checkPassword(v, password);
    v.throwIfInvalid();
  }

  /** Parses raw input, reporting every invalid field at once. */
  public static LogInCommand parse(String email, String password) {
    var v = new Validation();
    Email checkedEmail = v.field("email", () -> new Email(email));
    checkPassword(v, password);
    v.throwIfInvalid();
    return new LogInCommand(checkedEmail, password);
  }

  private static void checkPassword(Validation v, String password) {
    v.check(password != null && !password.isEmpty(), "password", "is required");
    v.check(
        password == null || password.getBytes(StandardCharsets.UTF_8).length <= PlainPassword.MAX_BYTES,
        "password",
        "must be at most " + PlainPassword.MAX_BYTES + " bytes long (UTF-8)");
  }

  @Override
  public String toString() {
    return "LogInCommand[" + email + "]";
  }
}
