package io.cloudstore.adapter.out.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudstore.domain.fixtures.ManualClock;
import io.cloudstore.domain.user.Principal;
import io.cloudstore.domain.user.Role;
import io.cloudstore.domain.user.UserId;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class JwtTokenIssuerTest {
  /** 64 bytes: long enough that HS512 made with the same secret would verify if the algorithm were not pinned. */
  private static final byte[] SECRET =
      "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
  private static final String ISSUER = "cloudstore-test";
  private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
  private static final Duration TTL = Duration.ofHours(1);
  private static final Principal CUSTOMER = new Principal(new UserId("user-1"), Role.CUSTOMER);
  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

  private final JwtTokenIssuer tokens = issuerAt(NOW);

  @Test
  void verify_tokenItIssued_returnsTheSamePrincipal() {
    String token = tokens.issue(CUSTOMER);

    assertThat(tokens.verify(token)).contains(CUSTOMER);
  }

  @Test
  void verify_adminToken_keepsTheAdminRole() {
    Principal admin = new Principal(new UserId("boss"), Role.ADMIN);

    assertThat(tokens.verify(tokens.issue(admin))).contains(admin);
  }

  @Test
  void issue_anyPrincipal_writesSubRoleIatExpAndIssClaims() {
    String payload = decodePart(tokens.issue(CUSTOMER), 1);

    assertThat(payload)
        .contains("\"sub\":\"user-1\"", "\"role\":\"CUSTOMER\"", "\"iss\":\"" + ISSUER + "\"")
        .contains("\"iat\":" + NOW.getEpochSecond(), "\"exp\":" + NOW.plus(TTL).getEpochSecond());
    assertThat(decodePart(tokens.issue(CUSTOMER), 0)).contains("\"alg\":\"HS256\"");
  }

  @Test
  void verify_algNoneToken_isRefused() {
    String header = encode("{\"alg\":\"none\",\"typ\":\"JWT\"}");
    String payload = encode(validClaims("ADMIN"));

    assertThat(tokens.verify(header + "." + payload + ".")).isEmpty();
  }

  @Test
  void verify_tokenSignedWithHs384UsingTheSameSecret_isRefused() {
    assertThat(tokens.verify(handMadeToken("HS384", "HmacSHA384", validClaims("CUSTOMER")))).isEmpty();
  }

  @Test
  void verify_tokenSignedWithHs512UsingTheSameSecret_isRefused() {
    assertThat(tokens.verify(handMadeToken("HS512", "HmacSHA512", validClaims("CUSTOMER")))).isEmpty();
  }

  @Test
  void verify_rs256LabelledTokenWithAnHmacSignature_isRefused() {
    assertThat(tokens.verify(handMadeToken("RS256", "HmacSHA256", validClaims("CUSTOMER")))).isEmpty();
  }

  @Test
  void verify_handMadeHs256TokenWithTheRightSecret_isAccepted() {
    // Guards the tests above: the same hand-made token is fine when only its algorithm is the expected one.
    assertThat(tokens.verify(handMadeToken("HS256", "HmacSHA256", validClaims("CUSTOMER")))).contains(CUSTOMER);
  }

  @Test
  void verify_tokenWithAnotherSignature_isRefused() {
    String token = tokens.issue(CUSTOMER);
    String forged = token.substring(0, token.lastIndexOf('.') + 1) + B64.encodeToString(new byte[32]);

    assertThat(tokens.verify(forged)).isEmpty();
  }

  @Test
  void verify_payloadChangedToAdminKeepingTheSignature_isRefused() {
    String[] parts = tokens.issue(CUSTOMER).split("\\.");
    String escalated = encode(decodePart(tokens.issue(CUSTOMER), 1).replace("CUSTOMER", "ADMIN"));

    assertThat(tokens.verify(parts[0] + "." + escalated + "." + parts[2])).isEmpty();
  }

  @Test
  void verify_payloadChangedToAdmin_isRefused_evenRightAfterTheRealTokenWasAccepted() {
    String real = tokens.issue(CUSTOMER);
    String[] parts = real.split("\\.");
    String escalated = encode(decodePart(real, 1).replace("CUSTOMER", "ADMIN"));
    assertThat(tokens.verify(real)).contains(CUSTOMER);

    assertThat(tokens.verify(parts[0] + "." + escalated + "." + parts[2])).isEmpty();
    assertThat(tokens.verify(real)).contains(CUSTOMER);
  }

  @Test
  void verify_theSameTokenAgainAndAgain_isAcceptedUntilItExpiresPlusTheSkew_thenRefused() {
    ManualClock clock = new ManualClock(NOW);
    var issuer = new JwtTokenIssuer(SECRET, ISSUER, TTL, clock);
    String token = issuer.issue(CUSTOMER);
    assertThat(issuer.verify(token)).contains(CUSTOMER);

    clock.advance(TTL.plusSeconds(JwtTokenIssuer.CLOCK_SKEW_SECONDS));
    assertThat(issuer.verify(token)).as("at the last accepted instant").contains(CUSTOMER);
    clock.advance(Duration.ofMillis(1));
    assertThat(issuer.verify(token)).as("a moment later").isEmpty();
    assertThat(issuer.verify(token)).as("and after that").isEmpty();
  }

  @Test
  void verify_tokenSignedWithAnotherSecret_isRefused() {
    byte[] otherSecret = "another-secret-of-at-least-32-bytes!!".getBytes(StandardCharsets.US_ASCII);
    var other = new JwtTokenIssuer(otherSecret, ISSUER, TTL, Clock.fixed(NOW, ZoneOffset.UTC));

    assertThat(tokens.verify(other.issue(CUSTOMER))).isEmpty();
  }

  @Test
  void verify_expiredBeyondTheClockSkew_isRefused() {
    String token = tokens.issue(CUSTOMER);
    JwtTokenIssuer later = issuerAt(NOW.plus(TTL).plusSeconds(JwtTokenIssuer.CLOCK_SKEW_SECONDS + 1));

    assertThat(later.verify(token)).isEmpty();
  }

  @Test
  void verify_expiredButWithinTheClockSkew_isAccepted() {
    String token = tokens.issue(CUSTOMER);
    JwtTokenIssuer slightlyLater = issuerAt(NOW.plus(TTL).plusSeconds(JwtTokenIssuer.CLOCK_SKEW_SECONDS - 1));

    assertThat(slightlyLater.verify(token)).contains(CUSTOMER);
  }

  @Test
  void verify_issuedFarInTheFuture_isRefused() {
    String fromTheFuture = issuerAt(NOW.plus(Duration.ofMinutes(10))).issue(CUSTOMER);

    assertThat(tokens.verify(fromTheFuture)).isEmpty();
  }

  @Test
  void verify_tokenOfAnotherIssuer_isRefused() {
    var otherIssuer = new JwtTokenIssuer(SECRET, "someone-else", TTL, Clock.fixed(NOW, ZoneOffset.UTC));

    assertThat(tokens.verify(otherIssuer.issue(CUSTOMER))).isEmpty();
  }

  @Test
  void verify_unknownRole_isRefused() {
    assertThat(tokens.verify(handMadeToken("HS256", "HmacSHA256", validClaims("ROOT")))).isEmpty();
  }

  @Test
  void verify_withoutExpiry_isRefused() {
    String claims = "{\"sub\":\"user-1\",\"role\":\"CUSTOMER\",\"iss\":\"" + ISSUER + "\",\"iat\":"
        + NOW.getEpochSecond() + "}";

    assertThat(tokens.verify(handMadeToken("HS256", "HmacSHA256", claims))).isEmpty();
  }

  @Test
  void verify_garbage_isRefused() {
    assertThat(tokens.verify("not.a.token")).isEmpty();
    assertThat(tokens.verify("%%%")).isEmpty();
    assertThat(tokens.verify("a.b")).isEmpty();
  }

  @Test
  void verify_emptyOrNull_isRefused() {
    assertThat(tokens.verify("")).isEmpty();
    assertThat(tokens.verify(null)).isEmpty();
  }

  @Test
  void verify_tenKilobyteToken_isRefused() {
    String padding = "x".repeat(10 * 1024);
    String claims = validClaims("CUSTOMER").replace("}", ",\"pad\":\"" + padding + "\"}");

    assertThat(tokens.verify(handMadeToken("HS256", "HmacSHA256", claims))).isEmpty();
  }

  @Test
  void constructor_secretShorterThan32Bytes_isRefused() {
    byte[] shortSecret = new byte[31];

    assertThatThrownBy(() -> new JwtTokenIssuer(shortSecret, ISSUER, TTL, Clock.systemUTC()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("32 bytes");
  }

  private static JwtTokenIssuer issuerAt(Instant now) {
    return new JwtTokenIssuer(SECRET, ISSUER, TTL, Clock.fixed(now, ZoneOffset.UTC));
  }

  private static String validClaims(String role) {
    return "{\"sub\":\"user-1\",\"role\":\"" + role + "\",\"iss\":\"" + ISSUER + "\",\"iat\":"
        + NOW.getEpochSecond() + ",\"exp\":" + NOW.plus(TTL).getEpochSecond() + "}";
  }

  /** A token built by hand, signed with {@code macAlgorithm} over the shared secret. */
  private static String handMadeToken(String alg, String macAlgorithm, String claims) {
    String signingInput = encode("{\"alg\":\"" + alg + "\",\"typ\":\"JWT\"}") + "." + encode(claims);
    try {
      Mac mac = Mac.getInstance(macAlgorithm);
      mac.init(new SecretKeySpec(SECRET, macAlgorithm));
      return signingInput + "." + B64.encodeToString(mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String encode(String json) {
    return B64.encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }

  private static String decodePart(String token, int index) {
    return new String(Base64.getUrlDecoder().decode(token.split("\\.")[index]), StandardCharsets.UTF_8);
  }
}
