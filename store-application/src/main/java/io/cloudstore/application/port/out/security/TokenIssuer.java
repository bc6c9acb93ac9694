package io.cloudstore.application.port.out.security;

import io.cloudstore.domain.user.Principal;
import java.util.Optional;

/** Issues signed, expiring access tokens and verifies them. */
public interface TokenIssuer {
  String issue(Principal principal);

  /**
   * The principal a token proves, or empty if the token is malformed, forged, of another algorithm or
   * issuer, or expired.
   */
  Optional<Principal> verify(String token);
}
