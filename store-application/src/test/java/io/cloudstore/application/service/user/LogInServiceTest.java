package io.cloudstore.application.service.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.cloudstore.application.port.in.user.AuthenticatedSession;
import io.cloudstore.application.port.in.user.InvalidCredentialsException;
import io.cloudstore.application.port.in.user.LogInCommand;
import io.cloudstore.application.port.out.persistence.UserRepository;
import io.cloudstore.application.port.out.security.PasswordHasher;
import io.cloudstore.application.port.out.security.TokenIssuer;
import io.cloudstore.domain.fixtures.TestUsers;
import io.cloudstore.domain.user.Email;
import io.cloudstore.domain.user.PasswordHash;
import io.cloudstore.domain.user.User;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class LogInServiceTest {
  private static final Email ANA_EMAIL = new Email("ana@example.com");
  private static final PasswordHash DUMMY_HASH = new PasswordHash("dummy-hash");
  private static final String TYPED = "correct horse battery";

  @Mock private UserRepository users;
  @Mock private PasswordHasher hasher;
  @Mock private TokenIssuer tokens;

  private final User ana = TestUsers.aCustomer().withEmail(ANA_EMAIL).withPasswordHash("anas-hash").build();
  private LogInService service;

  @BeforeEach
  void startService() {
    lenient().when(hasher.hash(any())).thenReturn(DUMMY_HASH);
    service = new LogInService(users, hasher, tokens);
  }

  @Test
  void logIn_rightPassword_signsTheUserIn() {
    when(users.findByEmail(ANA_EMAIL)).thenReturn(Optional.of(ana));
    when(hasher.matches(TYPED, ana.passwordHash())).thenReturn(true);
    when(tokens.issue(ana.principal())).thenReturn("token-for-ana");

    AuthenticatedSession session = service.logIn(new LogInCommand(ANA_EMAIL, TYPED));

    assertThat(session.token()).isEqualTo("token-for-ana");
    assertThat(session.user()).isEqualTo(ana);
  }

  @Test
  void logIn_unknownEmail_stillVerifiesOneHashThenRefuses() {
    when(users.findByEmail(ANA_EMAIL)).thenReturn(Optional.empty());

    assertThatThrownBy(() -> service.logIn(new LogInCommand(ANA_EMAIL, TYPED)))
        .isInstanceOf(InvalidCredentialsException.class);
    verify(hasher, times(1)).matches(anyString(), any());
    verify(hasher).matches(TYPED, DUMMY_HASH);
    verify(tokens, never()).issue(any());
  }

  @Test
  void logIn_unknownEmailWhosePasswordMatchesTheDummyHash_isStillRefused() {
    when(users.findByEmail(ANA_EMAIL)).thenReturn(Optional.empty());
    when(hasher.matches(TYPED, DUMMY_HASH)).thenReturn(true);

    assertThatThrownBy(() -> service.logIn(new LogInCommand(ANA_EMAIL, TYPED)))
        .isInstanceOf(InvalidCredentialsException.class);
    verify(tokens, never()).issue(any());
  }

  @Test
  void logIn_wrongPassword_refusedExactlyLikeAnUnknownEmail() {
    Email unknown = new Email("nobody@example.com");
    when(users.findByEmail(ANA_EMAIL)).thenReturn(Optional.of(ana));
    when(users.findByEmail(unknown)).thenReturn(Optional.empty());
    when(hasher.matches("wrong password", ana.passwordHash())).thenReturn(false);

    Throwable wrongPassword = catchThrowable(() -> service.logIn(new LogInCommand(ANA_EMAIL, "wrong password")));
    Throwable unknownEmail = catchThrowable(() -> service.logIn(new LogInCommand(unknown, "wrong password")));

    assertThat(wrongPassword).isInstanceOf(InvalidCredentialsException.class);
    assertThat(unknownEmail).isInstanceOf(InvalidCredentialsException.class);
    assertThat(wrongPassword).hasMessage(unknownEmail.getMessage());
    verify(hasher, times(2)).matches(anyString(), any());
    verify(tokens, never()).issue(any());
  }

  @Test
  void startingTheService_hashesNothing_soStartUpDoesNotPayForAHash() {
    verify(hasher, never()).hash(any());
  }

  @Test
  void logIn_knownEmail_neverHashesTheDummyPassword() {
    when(users.findByEmail(ANA_EMAIL)).thenReturn(Optional.of(ana));

    catchThrowable(() -> service.logIn(new LogInCommand(ANA_EMAIL, "wrong password")));

    verify(hasher, never()).hash(any());
  }

  @Test
  void logIn_manyAttempts_hashTheDummyPasswordOnlyOnce() {
    when(users.findByEmail(ANA_EMAIL)).thenReturn(Optional.empty());

    for (int i = 0; i < 3; i++) {
      catchThrowable(() -> service.logIn(new LogInCommand(ANA_EMAIL, TYPED)));
    }

    verify(hasher, times(1)).hash(any());
  }
}
