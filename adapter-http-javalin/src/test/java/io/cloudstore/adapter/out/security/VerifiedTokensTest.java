package io.cloudstore.adapter.out.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudstore.domain.user.Principal;
import io.cloudstore.domain.user.Role;
import io.cloudstore.domain.user.UserId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class VerifiedTokensTest {
  private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
  private static final Principal ANA = new Principal(new UserId("ana"), Role.CUSTOMER);

  private final VerifiedTokens tokens = new VerifiedTokens();

  @Test
  void aRememberedToken_isKnownUntilItsLastUsableInstant_thenForgotten() {
    tokens.remember("token-a", ANA, NOW.plusSeconds(60), NOW);

    assertThat(tokens.principalAt("token-a", NOW.plusSeconds(60))).contains(ANA);
    assertThat(tokens.principalAt("token-a", NOW.plusSeconds(61))).isEmpty();
    assertThat(tokens.size()).isZero();
    assertThat(tokens.principalAt("token-b", NOW)).isEmpty();
  }

  @Test
  void whenFullOfUsableTokens_aNewOneIsNotKept_andTheOthersStay() {
    for (int i = 0; i < VerifiedTokens.CAPACITY; i++) {
      tokens.remember("token-" + i, ANA, NOW.plusSeconds(60), NOW);
    }

    tokens.remember("one-more", ANA, NOW.plusSeconds(60), NOW);

    assertThat(tokens.size()).isEqualTo(VerifiedTokens.CAPACITY);
    assertThat(tokens.principalAt("one-more", NOW)).isEmpty();
    assertThat(tokens.principalAt("token-0", NOW)).contains(ANA);
  }

  @Test
  void whenFull_expiredTokensMakeRoom() {
    for (int i = 0; i < VerifiedTokens.CAPACITY; i++) {
      tokens.remember("token-" + i, ANA, NOW.plusSeconds(i % 2 == 0 ? 10 : 60), NOW);
    }

    tokens.remember("one-more", ANA, NOW.plusSeconds(60), NOW.plusSeconds(30));

    assertThat(tokens.size()).isEqualTo(VerifiedTokens.CAPACITY / 2 + 1);
    assertThat(tokens.principalAt("one-more", NOW.plusSeconds(30))).contains(ANA);
  }
}
