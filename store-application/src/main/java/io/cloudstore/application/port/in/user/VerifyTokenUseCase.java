package io.cloudstore.application.port.in.user;

import io.cloudstore.domain.user.Principal;

/** Tells who presents an access token, without touching storage. */
public interface VerifyTokenUseCase {
  /**
   * @throws InvalidTokenException if the token is not one this store issued, or has expired
   */
  Principal verify(String token);
}
