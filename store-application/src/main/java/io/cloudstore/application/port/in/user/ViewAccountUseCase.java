package io.cloudstore.application.port.in.user;

import io.cloudstore.domain.user.User;
import io.cloudstore.domain.user.UserId;

/** Shows the signed-in user their own account. */
public interface ViewAccountUseCase {
  /**
   * @throws InvalidTokenException if the account no longer exists
   */
  User viewAccount(UserId userId);
}
