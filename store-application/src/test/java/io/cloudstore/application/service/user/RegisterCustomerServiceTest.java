package io.cloudstore.application.service.user;

import static io.cloudstore.application.service.ServiceTestSupport.CLOCK;
import static io.cloudstore.domain.fixtures.TestTimes.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.cloudstore.application.port.in.user.AuthenticatedSession;
import io.cloudstore.application.port.in.user.RegisterCustomerCommand;
import io.cloudstore.application.port.out.persistence.UserRepository;
import io.cloudstore.application.port.out.security.PasswordHasher;
import io.cloudstore.application.port.out.security.TokenIssuer;
import io.cloudstore.domain.user.Email;
import io.cloudstore.domain.user.EmailAlreadyRegisteredException;
import io.cloudstore.domain.user.PasswordHash;
import io.cloudstore.domain.user.PlainPassword;
import io.cloudstore.domain.user.Principal;
import io.cloudstore.domain.user.Role;
import io.cloudstore.domain.user.User;
import io.cloudstore.domain.user.UserId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class RegisterCustomerServiceTest {
  private static final PlainPassword PASSWORD = new PlainPassword("correct horse battery");
  private static final PasswordHash HASH = new PasswordHash("hash-of-correct-horse");
  private static final RegisterCustomerCommand ANA =
      RegisterCustomerCommand.parse("Ana Lima", "Ana@Example.com", "correct horse battery");

  @Mock private UserRepository users;
  @Mock private PasswordHasher hasher;
  @Mock private TokenIssuer tokens;

  @Test
  void register_newEmail_storesACustomerWithTheHashedPasswordAndSignsThemIn() {
    when(hasher.hash(PASSWORD)).thenReturn(HASH);
    when(tokens.issue(new Principal(new UserId("user-1"), Role.CUSTOMER))).thenReturn("token-1");

    AuthenticatedSession session = service().register(ANA);

    ArgumentCaptor<User> stored = ArgumentCaptor.forClass(User.class);
    verify(users).create(stored.capture());
    User user = stored.getValue();
    assertThat(user.id()).isEqualTo(new UserId("user-1"));
    assertThat(user.email()).isEqualTo(new Email("ana@example.com"));
    assertThat(user.name()).isEqualTo("Ana Lima");
    assertThat(user.role()).isEqualTo(Role.CUSTOMER);
    assertThat(user.passwordHash()).isEqualTo(HASH);
    assertThat(user.createdAt()).isEqualTo(T0);
    assertThat(session.token()).isEqualTo("token-1");
    assertThat(session.user()).isEqualTo(user);
  }

  @Test
  void register_emailAlreadyTaken_failsWithoutSigningIn() {
    when(hasher.hash(PASSWORD)).thenReturn(HASH);
    doThrow(new EmailAlreadyRegisteredException()).when(users).create(any());

    assertThatThrownBy(() -> service().register(ANA)).isInstanceOf(EmailAlreadyRegisteredException.class);
    verify(tokens, never()).issue(any());
  }

  private RegisterCustomerService service() {
    return new RegisterCustomerService(users, hasher, tokens, () -> "user-1", CLOCK);
  }
}
