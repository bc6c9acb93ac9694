package io.cloudstore.application.port.in.cart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.cloudstore.domain.cart.CartLine;
import io.cloudstore.domain.product.ProductId;
import io.cloudstore.domain.product.Quantity;
import io.cloudstore.domain.user.UserId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReplaceCartCommandTest {
  private static final CartLine MUG = new CartLine(new ProductId("mug"), Quantity.of(1));

  @Test
  void lines_areCopiedSoLaterChangesDoNotLeakIn() {
    List<CartLine> source = new ArrayList<>(List.of(MUG));
    var command = new ReplaceCartCommand(new UserId("user-ana"), source);

    source.clear();

    assertThat(command.lines()).containsExactly(MUG);
  }

  @Test
  void userAndLines_areRequired() {
    assertThatNullPointerException().isThrownBy(() -> new ReplaceCartCommand(null, List.of(MUG)));
    assertThatNullPointerException().isThrownBy(() -> new ReplaceCartCommand(new UserId("user-ana"), null));
  }
}
