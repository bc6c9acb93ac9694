package io.cloudstore.application.service.user;

import static io.cloudstore.application.service.ServiceTestSupport.CLOCK;
import static io.cloudstore.domain.fixtures.TestTimes.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.cloudstore.application.port.in.user.EnsureAdminCommand;
import io.cloudstore.application.port.out.persistence.UserRepository;
import io.cloudstore.application.port.out.security.PasswordHasher;
import io.cloudstore.domain.fixtures.TestUsers;
import io.cloudstore.domain.user.Email;
import io.cloudstore.domain.user.EmailAlreadyRegisteredException;
import io.cloudstore.domain.user.PasswordHash;
import io.cloudstore.domain.user.PlainPassword;
import io.cloudstore.domain.user.Role;
import io.cloudstore.domain.user.User;
import io.cloudstore.domain.user.UserId;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class EnsureAdminServiceTest {
  private static final Email OPS = new Email("ops@example.com");
  private static final PlainPassword PASSWORD = new PlainPassword("operator secret 2026");
  private static final PasswordHash NEW_HASH = new PasswordHash("hash-of-operator-secret");
  private static final EnsureAdminCommand COMMAND = new EnsureAdminCommand(OPS, PASSWORD, "Operator");

  @Mock private UserRepository users;
  @Mock private PasswordHasher hasher;

  @Test
  void ensureAdmin_noAccountYet_createsAnAdminWithTheHashedPassword() {
    when(hasher.hash(PASSWORD)).thenReturn(NEW_HASH);
    when(users.findByEmail(OPS)).thenReturn(Optional.empty());

    User admin = service().ensureAdmin(COMMAND);

    ArgumentCaptor<User> created = ArgumentCaptor.forClass(User.class);
    verify(users).create(created.capture());
    assertThat(created.getValue()).isSameAs(admin);
    assertThat(admin.id()).isEqualTo(new UserId("user-1"));
    assertThat(admin.role()).isEqualTo(Role.ADMIN);
    assertThat(admin.email()).isEqualTo(OPS);
    assertThat(admin.name()).isEqualTo("Operator");
    assertThat(admin.passwordHash()).isEqualTo(NEW_HASH);
    assertThat(admin.createdAt()).isEqualTo(T0);
    verify(users, never()).update(any());
  }

  @Test
  void ensureAdmin_existingCustomer_isPromotedAndGetsTheNewPassword() {
    User customer = TestUsers.aCustomer().withEmail(OPS).withPasswordHash("old-hash").withVersion(2).build();
    when(hasher.hash(PASSWORD)).thenReturn(NEW_HASH);
    when(users.findByEmail(OPS)).thenReturn(Optional.of(customer));

    User admin = service().ensureAdmin(COMMAND);

    ArgumentCaptor<User> updated = ArgumentCaptor.forClass(User.class);
    verify(users).update(updated.capture());
    assertThat(updated.getValue().id()).isEqualTo(customer.id());
    assertThat(updated.getValue().role()).isEqualTo(Role.ADMIN);
    assertThat(updated.getValue().passwordHash()).isEqualTo(NEW_HASH);
    assertThat(updated.getValue().version()).as("checked against the version read").isEqualTo(2);
    assertThat(admin.role()).isEqualTo(Role.ADMIN);
    verify(users, never()).create(any());
  }

  @Test
  void ensureAdmin_existingAdmin_getsTheNewPassword() {
    User existing = TestUsers.anAdmin().withEmail(OPS).withPasswordHash("old-hash").build();
    when(hasher.hash(PASSWORD)).thenReturn(NEW_HASH);
    when(users.findByEmail(OPS)).thenReturn(Optional.of(existing));

    User admin = service().ensureAdmin(COMMAND);

    assertThat(admin.passwordHash()).isEqualTo(NEW_HASH);
    assertThat(admin.role()).isEqualTo(Role.ADMIN);
    verify(users).update(admin);
  }

  @Test
  void ensureAdmin_sameEmailRegisteredMeanwhile_promotesThatAccount() {
    User registeredMeanwhile = TestUsers.aCustomer().withEmail(OPS).build();
    when(hasher.hash(PASSWORD)).thenReturn(NEW_HASH);
    when(users.findByEmail(OPS)).thenReturn(Optional.empty())
        .thenReturn(Optional.of(registeredMeanwhile));
    doThrow(new EmailAlreadyRegisteredException()).when(users).create(any());

    User admin = service().ensureAdmin(COMMAND);

    assertThat(admin.id()).isEqualTo(registeredMeanwhile.id());
    assertThat(admin.role()).isEqualTo(Role.ADMIN);
    verify(users).update(admin);
  }

  private EnsureAdminService service() {
    return new EnsureAdminService(users, hasher, () -> "user-1", CLOCK);
  }
}
