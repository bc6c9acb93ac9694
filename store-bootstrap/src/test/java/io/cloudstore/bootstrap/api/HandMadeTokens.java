package io.cloudstore.bootstrap.api;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * JSON Web Tokens built by hand (base64url + HMAC from javax.crypto), so that tests can present the shop
 * with tokens its own issuer would never make: forged, expired, unsigned, another algorithm or issuer.
 */
final class HandMadeTokens {
  static final String ISSUER = "cloud-store";
  private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

  private final byte[] secret;

  HandMadeTokens(byte[] secret) {
    this.secret = secret.clone();
  }

  /** The claims the shop's own tokens carry, valid for an hour from now. */
  static Map<String, Object> claims(String userId, String role) {
    long now = Instant.now().getEpochSecond();
    Map<String, Object> claims = new LinkedHashMap<>();
    claims.put("sub", userId);
    claims.put("role", role);
    claims.put("iat", now);
    claims.put("exp", now + Duration.ofHours(1).toSeconds());
    claims.put("iss", ISSUER);
    return claims;
  }

  /** Signed as the shop signs: HS256 with the shop's secret. */
  String signed(Map<String, Object> claims) {
    return sign("HS256", "HmacSHA256", secret, claims);
  }

  /** Signed with a secret the shop does not know. */
  String forged(Map<String, Object> claims) {
    return sign("HS256", "HmacSHA256", "a-different-secret-of-at-least-32-bytes!".getBytes(StandardCharsets.UTF_8),
        claims);
  }

  /** Signed with the shop's secret, but with HS384 instead of HS256. */
  String signedWithHs384(Map<String, Object> claims) {
    return sign("HS384", "HmacSHA384", secret, claims);
  }

  /** {@code alg: none} and an empty signature, the classic JWT bypass. */
  static String unsigned(Map<String, Object> claims) {
    return encode(Map.of("alg", "none", "typ", "JWT")) + "." + encode(claims) + ".";
  }

  private static String sign(String alg, String macAlgorithm, byte[] key, Map<String, Object> claims) {
    String signingInput = encode(Map.of("alg", alg, "typ", "JWT")) + "." + encode(claims);
    try {
      Mac mac = Mac.getInstance(macAlgorithm);
      mac.init(new SecretKeySpec(key, macAlgorithm));
      byte[] signature = mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII));
      return signingInput + "." + BASE64URL.encodeToString(signature);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(macAlgorithm + " is part of every JDK", e);
    }
  }

  private static String encode(Map<String, Object> json) {
    return BASE64URL.encodeToString(ApiClient.toJson(json).getBytes(StandardCharsets.UTF_8));
  }
}
