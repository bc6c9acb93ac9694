package io.cloudstore.adapter.out.security;

import io.cloudstore.application.port.out.security.TokenIssuer;
import io.cloudstore.domain.user.Principal;
import io.cloudstore.domain.user.Role;
import io.cloudstore.domain.user.UserId;
import io.jsonwebtoken.Claims;
import io.jsonwebtoken.Jws;
import io.jsonwebtoken.JwtParser;
import io.jsonwebtoken.Jwts;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Objects;
import java.util.Optional;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * Access tokens as HS256-signed JWTs carrying {@code sub} (user id), {@code role}, {@code iat}, {@code exp}
 * and {@code iss}.
 *
 * <p>Verification is pinned to HS256: the parser knows no other signature algorithm (so {@code none},
 * HS384/HS512 made with the same secret, RS256 and encrypted tokens are all refused), the header is checked
 * again after parsing, and compressed payloads are refused. Expiry allows {@value #CLOCK_SKEW_SECONDS} s of
 * clock skew between servers. Tokens longer than {@value #MAX_TOKEN_LENGTH} characters are refused before
 * any parsing. A token that passed is remembered by its exact text ({@link VerifiedTokens}), so its later
 * uses skip the parsing and the signature but not the expiry.
 */
public final class JwtTokenIssuer implements TokenIssuer {
  static final int MIN_SECRET_BYTES = 32;
  static final int MAX_TOKEN_LENGTH = 4096;
  static final long CLOCK_SKEW_SECONDS = 30;
  private static final String ALGORITHM = "HS256";
  private static final String ROLE_CLAIM = "role";

  private final SecretKey key;
  private final String issuer;
  private final Duration ttl;
  private final Clock clock;
  private final JwtParser parser;
  private final VerifiedTokens verified = new VerifiedTokens();

  /**
   * @param secret at least 32 bytes (256 bits), as HS256 requires
   * @throws IllegalArgumentException if the secret is shorter, the issuer blank or the ttl not positive
   */
  public JwtTokenIssuer(byte[] secret, String issuer, Duration ttl, Clock clock) {
    Objects.requireNonNull(secret, "secret");
    if (secret.length < MIN_SECRET_BYTES) {
      throw new IllegalArgumentException(
          "the token secret must be at least " + MIN_SECRET_BYTES + " bytes, was " + secret.length);
    }
    if (issuer == null || issuer.isBlank()) {
      throw new IllegalArgumentException("the token issuer must not be blank");
    }
    if (ttl == null || ttl.isZero() || ttl.isNegative()) {
      throw new IllegalArgumentException("the token lifetime must be positive");
    }
    this.key = new SecretKeySpec(secret.clone(), "HmacSHA256");
    this.issuer = issuer;
    this.ttl = ttl;
    this.clock = Objects.requireNonNull(clock, "clock");
    this.parser =
        Jwts.parser()
            .sig().clear().add(Jwts.SIG.HS256).and()
            .zip().clear().and()
            .verifyWith(key)
            .requireIssuer(issuer)
            .clockSkewSeconds(CLOCK_SKEW_SECONDS)
            .clock(() -> Date.from(clock.instant()))
            .build();
  }

  @Override
  public String issue(Principal principal) {
    Instant now = clock.instant();
    return Jwts.builder()
        .subject(principal.userId().value())
        .claim(ROLE_CLAIM, principal.role().name())
        .issuer(issuer)
        .issuedAt(Date.from(now))
        .expiration(Date.from(now.plus(ttl)))
        .signWith(key, Jwts.SIG.HS256)
        .compact();
  }

  @Override
  public Optional<Principal> verify(String token) {
    if (token == null || token.isEmpty() || token.length() > MAX_TOKEN_LENGTH) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    Optional<Principal> known = verified.principalAt(token, now);
    if (known.isPresent()) {
      return known;
    }
    try {
      Jws<Claims> jws = parser.parseSignedClaims(token);
      if (!ALGORITHM.equals(jws.getHeader().getAlgorithm())) {
        return Optional.empty();
      }
      Optional<Principal> principal = principalOf(jws.getPayload());
      principal.ifPresent(p -> verified.remember(
          token, p, jws.getPayload().getExpiration().toInstant().plusSeconds(CLOCK_SKEW_SECONDS), now));
      return principal;
    } catch (RuntimeException notValid) {
      // Any failure (malformed, forged, expired, wrong issuer, unknown role...) means "no principal".
      return Optional.empty();
    }
  }

  private Optional<Principal> principalOf(Claims claims) {
    if (claims.getIssuedAt() == null || claims.getExpiration() == null) {
      return Optional.empty();
    }
    Instant latestIssue = clock.instant().plusSeconds(CLOCK_SKEW_SECONDS);
    if (claims.getIssuedAt().toInstant().isAfter(latestIssue)) {
      return Optional.empty();
    }
    String role = claims.get(ROLE_CLAIM, String.class);
    return Optional.of(new Principal(new UserId(claims.getSubject()), Role.valueOf(role)));
  }
}
