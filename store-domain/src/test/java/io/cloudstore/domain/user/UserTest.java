package io.cloudstore.domain.user;

import static io.cloudstore.domain.ValidationAssertions.invalidFieldsOf;
import static io.cloudstore.domain.fixtures.TestTimes.T0;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UserTest {
  private static final UserId ID = new UserId("user-ana");
  private static final Email EMAIL = new Email("ana@example.com");
  private static final PasswordHash HASH = new PasswordHash("hash-1");

  @Test
  void register_newUser_isACustomerAtVersionZero() {
    User user = User.register(ID, EMAIL, "  Ana Lima ", HASH, T0);

    assertThat(user.id()).isEqualTo(ID);
    assertThat(user.email()).isEqualTo(EMAIL);
    assertThat(user.name()).isEqualTo("Ana Lima");
    assertThat(user.role()).isEqualTo(Role.CUSTOMER);
    assertThat(user.passwordHash()).isEqualTo(HASH);
    assertThat(user.createdAt()).isEqualTo(T0);
    assertThat(user.version()).isZero();
  }

  @Test
  void register_blankOrTooLongName_refusedNamingName() {
    assertThat(invalidFieldsOf(() -> User.register(ID, EMAIL, " ", HASH, T0))).containsExactly("name");
    assertThat(invalidFieldsOf(() -> User.register(ID, EMAIL, "n".repeat(101), HASH, T0))).containsExactly("name");
    assertThat(User.register(ID, EMAIL, "n".repeat(100), HASH, T0).name()).hasSize(100);
  }

  @Test
  void promoteToAdmin_customer_becomesAdminKeepingEverythingElse() {
    User customer = User.restore(ID, EMAIL, "Ana", Role.CUSTOMER, HASH, T0, 4);

    User admin = customer.promoteToAdmin();

    assertThat(admin.role()).isEqualTo(Role.ADMIN);
    assertThat(admin.id()).isEqualTo(ID);
    assertThat(admin.email()).isEqualTo(EMAIL);
    assertThat(admin.name()).isEqualTo("Ana");
    assertThat(admin.passwordHash()).isEqualTo(HASH);
    assertThat(admin.createdAt()).isEqualTo(T0);
    assertThat(admin.version()).isEqualTo(4);
    assertThat(customer.role()).as("the original is unchanged").isEqualTo(Role.CUSTOMER);
  }

  @Test
  void withPasswordHash_replacesOnlyTheHash() {
    User admin = User.restore(ID, EMAIL, "Ana", Role.ADMIN, HASH, T0, 2);
    PasswordHash newHash = new PasswordHash("hash-2");

    User changed = admin.withPasswordHash(newHash);

    assertThat(changed.passwordHash()).isEqualTo(newHash);
    assertThat(changed.role()).isEqualTo(Role.ADMIN);
    assertThat(changed.version()).isEqualTo(2);
  }

  @Test
  void principal_carriesIdAndRole() {
    User customer = User.register(ID, EMAIL, "Ana", HASH, T0);

    assertThat(customer.principal()).isEqualTo(new Principal(ID, Role.CUSTOMER));
    assertThat(customer.principal().isAdmin()).isFalse();
    assertThat(customer.promoteToAdmin().principal().isAdmin()).isTrue();
  }

  @Test
  void equality_isByIdOnly() {
    User ana = User.register(ID, EMAIL, "Ana", HASH, T0);

    assertThat(ana).isEqualTo(ana.promoteToAdmin()).hasSameHashCodeAs(ana.promoteToAdmin());
    assertThat(ana).isNotEqualTo(User.register(new UserId("someone-else"), EMAIL, "Ana", HASH, T0));
  }

  @Test
  void toString_showsNeitherEmailNorHash() {
    User ana = User.register(ID, EMAIL, "Ana", HASH, T0);

    assertThat(ana.toString()).doesNotContain("ana@example.com").doesNotContain("hash-1");
  }
}
