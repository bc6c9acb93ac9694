package io.cloudstore.application.service.cart;

import static org.mockito.Mockito.verify;

import io.cloudstore.application.port.out.persistence.CartRepository;
import io.cloudstore.domain.user.UserId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class ClearCartServiceTest {
  @Mock private CartRepository carts;

  @Test
  void clear_removesTheCallersCart() {
    new ClearCartService(carts).clear(new UserId("user-ana"));

    verify(carts).deleteByUser(new UserId("user-ana"));
  }
}
