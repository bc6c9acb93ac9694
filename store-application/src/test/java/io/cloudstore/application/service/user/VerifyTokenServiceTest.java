package io.cloudstore.application.service.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import io.cloudstore.application.port.in.user.InvalidTokenException;
import io.cloudstore.application.port.out.security.TokenIssuer;
import io.cloudstore.domain.user.Principal;
import io.cloudstore.domain.user.Role;
import io.cloudstore.domain.user.UserId;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class VerifyTokenServiceTest {
  @Mock private TokenIssuer tokens;

  @Test
  void verify_tokenThisStoreIssued_tellsWhoPresentsIt() {
    Principal ana = new Principal(new UserId("user-ana"), Role.CUSTOMER);
    when(tokens.verify("good.token.value")).thenReturn(Optional.of(ana));

    assertThat(new VerifyTokenService(tokens).verify("good.token.value")).isEqualTo(ana);
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "   "})
  void verify_missingOrBlankToken_refusedWithoutAskingTheIssuer(String token) {
    assertThatThrownBy(() -> new VerifyTokenService(tokens).verify(token)).isInstanceOf(InvalidTokenException.class);
    verifyNoInteractions(tokens);
  }

  @Test
  void verify_tokenTheIssuerRejects_refused() {
    when(tokens.verify("forged.or.expired")).thenReturn(Optional.empty());

    assertThatThrownBy(() -> new VerifyTokenService(tokens).verify("forged.or.expired"))
        .isInstanceOf(InvalidTokenException.class);
  }
}
