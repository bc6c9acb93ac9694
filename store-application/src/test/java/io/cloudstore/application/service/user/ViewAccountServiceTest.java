package io.cloudstore.application.service.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.when;

import io.cloudstore.application.port.in.user.InvalidTokenException;
import io.cloudstore.application.port.out.persistence.UserRepository;
import io.cloudstore.domain.fixtures.TestUsers;
import io.cloudstore.domain.user.User;
import io.cloudstore.domain.user.UserId;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class ViewAccountServiceTest {
  @Mock private UserRepository users;

  @Test
  void viewAccount_existingUser_returnsTheAccount() {
    User ana = TestUsers.customer();
    when(users.findById(ana.id())).thenReturn(Optional.of(ana));

    assertThat(new ViewAccountService(users).viewAccount(ana.id())).isEqualTo(ana);
  }

  @Test
  void viewAccount_accountDeletedSinceTheTokenWasIssued_treatedAsAnInvalidToken() {
    UserId gone = new UserId("user-gone");
    when(users.findById(gone)).thenReturn(Optional.empty());

    assertThatThrownBy(() -> new ViewAccountService(users).viewAccount(gone))
        .isInstanceOf(InvalidTokenException.class);
  }
}
