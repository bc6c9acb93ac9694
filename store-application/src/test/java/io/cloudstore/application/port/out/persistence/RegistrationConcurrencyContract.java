package io.cloudstore.application.port.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudstore.domain.fixtures.TestUsers;
import io.cloudstore.domain.user.Email;
import io.cloudstore.domain.user.EmailAlreadyRegisteredException;
import io.cloudstore.domain.user.User;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/** Registrations racing each other: one account per email, and no refusal of different emails. */
public abstract class RegistrationConcurrencyContract extends StorageContract {

  /** How many registrations race; a remote emulator may need fewer. */
  protected int parallelRegistrations() {
    return 20;
  }

  @Test
  void registrationsOfOneEmail_racing_storeExactlyOneUser() {
    Email email = TestUsers.uniqueEmail();
    List<User> attempts = new ArrayList<>();
    for (int i = 0; i < parallelRegistrations(); i++) {
      attempts.add(TestUsers.aCustomer().withEmail(email).withName("Twin " + i).build());
    }

    Race.Results<User> results = Race.run(attempts.stream().map(this::creating).toList());

    assertThat(results.successes()).hasSize(1);
    assertThat(results.failures())
        .hasSize(parallelRegistrations() - 1)
        .allSatisfy(failure -> assertThat(failure).isInstanceOf(EmailAlreadyRegisteredException.class));
    User winner = results.successes().get(0);
    assertThat(users().findByEmail(email).map(User::id)).contains(winner.id());
    for (User attempt : attempts) {
      assertThat(users().findById(attempt.id()).isPresent())
          .as("user %s stored", attempt.id())
          .isEqualTo(attempt.id().equals(winner.id()));
    }
  }

  @Test
  void registrationsOfDifferentEmails_racing_allSucceed() {
    List<User> attempts = new ArrayList<>();
    for (int i = 0; i < parallelRegistrations(); i++) {
      attempts.add(TestUsers.customer());
    }

    Race.Results<User> results = Race.run(attempts.stream().map(this::creating).toList());

    assertThat(results.failures()).isEmpty();
    for (User attempt : attempts) {
      assertThat(users().findByEmail(attempt.email()).map(User::id)).contains(attempt.id());
    }
  }

  private Callable<User> creating(User user) {
    return () -> {
      users().create(user);
      return user;
    };
  }
}
