package io.cloudstore.application.service.user;

import io.cloudstore.application.port.in.user.InvalidTokenException;
import io.cloudstore.application.port.in.user.VerifyTokenUseCase;
import io.cloudstore.application.port.out.security.TokenIssuer;
import io.cloudstore.domain.user.Principal;

public final class VerifyTokenService implements VerifyTokenUseCase {
  private final TokenIssuer tokens;

  public VerifyTokenService(TokenIssuer tokens) {
    this.tokens = tokens;
  }

  @Override
  public Principal verify(String token) {
    if (token == null || token.isBlank()) {
      throw new InvalidTokenException();
    }
    return tokens.verify(token).orElseThrow(InvalidTokenException::new);
  }
}
