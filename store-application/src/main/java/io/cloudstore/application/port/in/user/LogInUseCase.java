package io.cloudstore.application.port.in.user;

/** Signs a user in with email and password. */
public interface LogInUseCase {
  /**
   * @throws InvalidCredentialsException for an unknown email or a wrong password alike, taking the same
   *     time in both cases
   */
  AuthenticatedSession logIn(LogInCommand command);
}
