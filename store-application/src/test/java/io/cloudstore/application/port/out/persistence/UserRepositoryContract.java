package io.cloudstore.application.port.out.persistence;

import static io.cloudstore.application.port.out.persistence.StoredAggregates.assertSameUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudstore.domain.fixtures.TestIds;
import io.cloudstore.domain.fixtures.TestUsers;
import io.cloudstore.domain.user.EmailAlreadyRegisteredException;
import io.cloudstore.domain.user.PasswordHash;
import io.cloudstore.domain.user.Role;
import io.cloudstore.domain.user.User;
import org.junit.jupiter.api.Test;

/** What every {@link UserRepository} promises. Extend it once per storage adapter. */
public abstract class UserRepositoryContract extends StorageContract {

  @Test
  void create_newUser_isFoundByIdAndByEmailWithEveryField() {
    User ana = TestUsers.aCustomer().withName("Ana Lima").withPasswordHash("hash-of-ana").build();

    users().create(ana);

    assertSameUser(users().findById(ana.id()).orElseThrow(), ana);
    assertSameUser(users().findByEmail(ana.email()).orElseThrow(), ana);
  }

  @Test
  void findById_unknownId_returnsEmpty() {
    assertThat(users().findById(TestIds.userId())).isEmpty();
  }

  @Test
  void findByEmail_unknownEmail_returnsEmpty() {
    assertThat(users().findByEmail(TestUsers.uniqueEmail())).isEmpty();
  }

  @Test
  void create_emailAlreadyRegistered_throwsAndKeepsTheFirstUser() {
    User first = TestUsers.aCustomer().withName("First").build();
    User second = TestUsers.aCustomer().withEmail(first.email()).withName("Second").build();
    users().create(first);

    assertThatThrownBy(() -> users().create(second)).isInstanceOf(EmailAlreadyRegisteredException.class);

    assertThat(users().findByEmail(first.email())).map(User::id).contains(first.id());
    assertThat(users().findById(second.id())).isEmpty();
  }

  @Test
  void create_emailOfAnAdmin_throwsEmailAlreadyRegistered() {
    User admin = TestUsers.anAdmin().build();
    users().create(admin);

    User customer = TestUsers.aCustomer().withEmail(admin.email()).build();

    assertThatThrownBy(() -> users().create(customer)).isInstanceOf(EmailAlreadyRegisteredException.class);
    assertThat(users().findByEmail(admin.email())).map(User::role).contains(Role.ADMIN);
  }

  @Test
  void update_atTheStoredVersion_storesTheChangesAndIncrementsTheVersion() {
    User ana = TestUsers.customer();
    users().create(ana);
    User read = users().findById(ana.id()).orElseThrow();

    users().update(read.promoteToAdmin().withPasswordHash(new PasswordHash("new-hash")));

    User stored = users().findById(ana.id()).orElseThrow();
    assertThat(stored.role()).isEqualTo(Role.ADMIN);
    assertThat(stored.passwordHash()).isEqualTo(new PasswordHash("new-hash"));
    assertThat(stored.version()).isEqualTo(read.version() + 1);
    assertThat(stored.email()).isEqualTo(ana.email());
    assertThat(stored.createdAt()).isEqualTo(ana.createdAt());
  }

  @Test
  void update_thenFindByEmail_returnsTheUpdatedUser() {
    User ana = TestUsers.customer();
    users().create(ana);

    users().update(users().findById(ana.id()).orElseThrow().promoteToAdmin());

    User byEmail = users().findByEmail(ana.email()).orElseThrow();
    assertThat(byEmail.role()).isEqualTo(Role.ADMIN);
    assertThat(byEmail.version()).isEqualTo(1);
  }

  @Test
  void update_eachFromTheLatestRead_allSucceed() {
    User ana = TestUsers.customer();
    users().create(ana);

    users().update(users().findById(ana.id()).orElseThrow().withPasswordHash(new PasswordHash("second")));
    users().update(users().findById(ana.id()).orElseThrow().withPasswordHash(new PasswordHash("third")));

    User stored = users().findById(ana.id()).orElseThrow();
    assertThat(stored.passwordHash()).isEqualTo(new PasswordHash("third"));
    assertThat(stored.version()).isEqualTo(2);
  }

  @Test
  void update_fromAStaleRead_throwsConcurrentUpdateAndKeepsTheNewerChange() {
    User ana = TestUsers.customer();
    users().create(ana);
    User firstRead = users().findById(ana.id()).orElseThrow();
    User secondRead = users().findById(ana.id()).orElseThrow();
    users().update(firstRead.promoteToAdmin());

    User stale = secondRead.withPasswordHash(new PasswordHash("stale-hash"));

    assertThatThrownBy(() -> users().update(stale)).isInstanceOf(ConcurrentUpdateException.class);
    User stored = users().findById(ana.id()).orElseThrow();
    assertThat(stored.role()).isEqualTo(Role.ADMIN);
    assertThat(stored.passwordHash()).isEqualTo(ana.passwordHash());
    assertThat(stored.version()).isEqualTo(1);
  }

  @Test
  void update_userNeverStored_throwsConcurrentUpdateAndStoresNothing() {
    User ghost = TestUsers.customer();

    assertThatThrownBy(() -> users().update(ghost)).isInstanceOf(ConcurrentUpdateException.class);

    assertThat(users().findById(ghost.id())).isEmpty();
    assertThat(users().findByEmail(ghost.email())).isEmpty();
  }
}
